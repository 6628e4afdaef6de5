import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'
import { pathFor, type Route } from '@/lib/paths'

export type Crumb = { name: string; route: Route; lang?: string }

export async function Breadcrumbs({ locale, trail }: { locale: Locale; trail: Crumb[] }) {
  if (trail.length < 2) return null
  const t = await getT(locale, 'common')
  return (
    <nav className="breadcrumbs" aria-label={t('breadcrumbs')}>
      <ol>
        {trail.map((crumb, index) =>
          index === trail.length - 1 ? (
            <li key={index} aria-current="page" lang={crumb.lang}>
              {crumb.name}
            </li>
          ) : (
            <li key={index} lang={crumb.lang}>
              <a href={pathFor(locale, crumb.route)}>{crumb.name}</a>
            </li>
          ),
        )}
      </ol>
    </nav>
  )
}
