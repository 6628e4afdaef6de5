import { getT } from '@/i18n/server'
import { bcp47, endonyms, locales, type Locale } from '@/i18n/locales'
import { languageChoiceParam } from '@/lib/negotiateLocale'
import { pathFor, type Query, type Route } from '@/lib/paths'

/**
 * Plain links to the same page in each language: no script. The link carries `?lang=`, on which
 * the proxy remembers the choice (cookie) for the next visit to `/` and redirects to the clean URL;
 * crawlers find the clean URLs in the hreflang alternates.
 */
export async function LanguageSwitcher({
  locale,
  route,
  query,
}: {
  locale: Locale
  route: Route
  query?: Query
}) {
  const t = await getT(locale, 'common')
  return (
    <nav className="language-switcher" aria-label={t('language.label')}>
      <ul>
        {locales.map((other) => (
          <li key={other}>
            <a
              href={pathFor(other, route, { ...query, [languageChoiceParam]: other })}
              hrefLang={bcp47[other]}
              lang={bcp47[other]}
              aria-current={other === locale ? 'true' : undefined}
            >
              {endonyms[other]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
