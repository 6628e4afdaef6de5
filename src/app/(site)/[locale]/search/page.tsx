import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageShell } from '@/components/PageShell'
import { getT } from '@/i18n/server'
import { bcp47, isLocale, type Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/metadata'
import { pathFor, recordPath } from '@/lib/paths'
import { getSiteSettings } from '@/lib/queries/globals'
import { getSearchIndex } from '@/lib/queries/search'
import { search } from '@/lib/search/search'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// The query lives in the query string, so the page renders per request; the records it searches
// come from the data cache and are revalidated by tag like every other page's.
export const dynamic = 'force-dynamic'

async function localeOf(params: Props['params']): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

function queryOf(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim().slice(0, 200) ?? ''
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const q = queryOf((await searchParams).q)
  const [t, tc, settings] = await Promise.all([getT(locale, 'search'), getT(locale, 'common'), getSiteSettings(locale)])
  return pageMetadata({
    locale,
    route: { page: 'search' },
    title: q ? t('titleFor', { query: q }) : t('title'),
    description: t('description'),
    siteName: settings.siteName?.value ?? tc('site.name'),
    // Result pages are endless and thin; the records themselves are indexed.
    noindex: q !== '',
  })
}

const kinds = { milestones: 'milestone', events: 'event', enterprises: 'enterprise', platforms: 'platform' } as const

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  const q = queryOf((await searchParams).q)
  const [t, tc] = await Promise.all([getT(locale, 'search'), getT(locale, 'common')])
  const hits = q ? search(await getSearchIndex(locale), q, locale) : []

  return (
    <PageShell
      locale={locale}
      route={{ page: 'search' }}
      query={{ q: q || undefined }}
      section="search"
      trail={[
        { name: tc('nav.home'), route: { page: 'home' } },
        { name: t('title'), route: { page: 'search' } },
      ]}
    >
      <h1>{t('title')}</h1>
      <form className="search-form" method="get" action={pathFor(locale, { page: 'search' })} role="search">
        <label htmlFor="q">{t('label')}</label>
        <div className="search-form__row">
          <input id="q" name="q" type="search" defaultValue={q} autoComplete="off" enterKeyHint="search" />
          <button type="submit" className="button">
            {t('submit')}
          </button>
        </div>
        <p className="hint">{t('hint')}</p>
      </form>

      {q ? (
        <section aria-labelledby="results-title" className="section">
          <h2 id="results-title">
            {hits.length > 0 ? t('results', { count: hits.length, query: q }) : t('none', { query: q })}
          </h2>
          <ol className="results">
            {hits.map(({ document, snippet, snippetLang }) => (
              <li key={`${document.collection}-${document.id}`} className="result">
                <p className="result__kind">{t(`kinds.${kinds[document.collection]}`)}</p>
                <h3 className="result__title">
                  <a href={recordPath(locale, document.collection, document)} lang={document.titleLang === locale ? undefined : bcp47[document.titleLang]}>
                    {document.title}
                  </a>
                </h3>
                {snippet ? (
                  <p className="result__snippet" lang={snippetLang && snippetLang !== locale ? bcp47[snippetLang] : undefined}>
                    {snippet.map((part, index) => (part.mark ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </PageShell>
  )
}
