import type { ReactNode } from 'react'

import { isSafeHref } from '@/fields/safeUrl'

/** A record's key facts as a description list; empty facts are left out rather than shown as "–". */
export function Facts({ items }: { items: ({ term: string; value: ReactNode } | null | false)[] }) {
  const present = items.filter(
    (item): item is { term: string; value: ReactNode } =>
      !!item && item.value !== null && item.value !== '',
  )
  if (present.length === 0) return null
  return (
    <dl className="facts">
      {present.map((item) => (
        <div key={item.term}>
          <dt>{item.term}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  )
}

/**
 * A record's own website as a fact, shown without the scheme; as plain text if the stored value is
 * not a safe link (the field only accepts http(s), but older or hand-written data may differ).
 */
export function websiteFact(term: string, website: string | null) {
  if (!website) return null
  if (!isSafeHref(website)) return { term, value: website }
  return {
    term,
    value: (
      <a href={website} rel="external">
        {website.replace(/^https?:\/\//, '')}
      </a>
    ),
  }
}
