import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'
import { pageHead } from '@/lib/head'
import { pathFor } from '@/lib/paths'
import { getSiteSettings } from '@/lib/queries/globals'

import type { RenderedPage } from './htmlResponse'
import { PageShell } from './PageShell'

/** The 404 page in the reader's language, served with status 404 and kept out of search engines. */
export async function notFoundPage(locale: Locale): Promise<RenderedPage> {
  const [t, settings] = await Promise.all([getT(locale, 'common'), getSiteSettings(locale)])
  const siteName = settings.siteName?.value ?? t('site.name')
  return {
    status: 404,
    head: {
      ...pageHead({
        locale,
        route: { page: 'home' },
        title: t('notFound.title'),
        siteName,
        noindex: true,
      }),
      canonical: undefined,
      alternates: {},
      og: undefined,
    },
    body: (
      <PageShell locale={locale} route={{ page: 'home' }} section="home">
        <div className="not-found">
          <p className="eyebrow">404</p>
          <h1>{t('notFound.title')}</h1>
          <p>{t('notFound.text')}</p>
          <ul className="link-list">
            <li>
              <a href={pathFor(locale, { page: 'home' })}>{t('notFound.home')}</a>
            </li>
            <li>
              <a href={pathFor(locale, { page: 'search' })}>{t('notFound.search')}</a>
            </li>
          </ul>
        </div>
      </PageShell>
    ),
  }
}
