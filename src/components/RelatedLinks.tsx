import type { Locale } from '@/i18n/locales'
import type { Shown } from '@/lib/localized'

import { LocalizedText } from './LocalizedText'

/** Links to the records this one is connected to, grouped by kind; empty groups are omitted. */
export function RelatedLinks({
  locale,
  groups,
}: {
  locale: Locale
  groups: { heading: string; items: { href: string; name: Shown<string> }[] }[]
}) {
  const present = groups.filter((group) => group.items.length > 0)
  if (present.length === 0) return null
  return (
    <div className="related">
      {present.map((group) => (
        <section key={group.heading} className="related__group">
          <h2>{group.heading}</h2>
          <ul>
            {group.items.map((item) => (
              <li key={item.href}>
                <a href={item.href}>
                  <LocalizedText shown={item.name} locale={locale} />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
