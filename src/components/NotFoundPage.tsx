import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/lib/paths'

import type { RenderedPage } from './renderedPage'
import { PageShell } from './PageShell'
import { siteNameOf } from './pageFrames'

/**
 * The 404 page in the reader's language, served with status 404. It names no canonical URL or
 * alternates (it is no page of its own) and asks search engines not to index it.
 */
export async function notFoundPage(locale: Locale): Promise<RenderedPage> {
  const t = await getT(locale, 'common')
  return {
    status: 404,
    head: {
      title: `${t('notFound.title')} · ${await siteNameOf(locale)}`,
      alternates: {},
      noindex: true,
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
