import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/lib/paths'

import type { RenderedPage } from './renderedPage'

/**
 * The 500 page in the reader's language. It needs nothing from the database (which may be what
 * failed): no site name, no navigation, only the UI strings that ship with the build.
 */
export async function serverErrorPage(locale: Locale): Promise<RenderedPage> {
  const t = await getT(locale, 'common')
  return {
    status: 500,
    head: { title: t('serverError.title'), alternates: {}, noindex: true },
    body: (
      <main className="not-found">
        <p className="eyebrow">500</p>
        <h1>{t('serverError.title')}</h1>
        <p>{t('serverError.text')}</p>
        <p>
          <a href={pathFor(locale, { page: 'home' })}>{t('serverError.home')}</a>
        </p>
      </main>
    ),
  }
}
