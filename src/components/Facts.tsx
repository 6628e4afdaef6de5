import type { ReactNode } from 'react'

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

/** A record's own website as a fact, shown without the scheme. */
export function websiteFact(term: string, website: string | null) {
  if (!website) return null
  return {
    term,
    value: (
      <a href={website} rel="external">
        {website.replace(/^https?:\/\//, '')}
      </a>
    ),
  }
}
