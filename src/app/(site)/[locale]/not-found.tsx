import type { Metadata } from 'next'
import { locale as rootLocale } from 'next/root-params'

import { PageShell } from '@/components/PageShell'
import { getT } from '@/i18n/server'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { pathFor } from '@/lib/paths'

async function currentLocale(): Promise<Locale> {
  const value: unknown = await rootLocale()
  return isLocale(value) ? value : defaultLocale
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(await currentLocale(), 'common')
  return { title: t('notFound.title'), robots: { index: false, follow: true } }
}

/** The 404 page, in the language of the URL (unknown locales are sent here in the reader's language). */
export default async function NotFound() {
  const locale = await currentLocale()
  const t = await getT(locale, 'common')
  return (
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
  )
}
