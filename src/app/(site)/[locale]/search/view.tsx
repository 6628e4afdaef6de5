import type { RenderedPage } from '@/components/renderedPage'
import { PageShell } from '@/components/PageShell'
import { getT } from '@/i18n/server'
import { bcp47, type Locale } from '@/i18n/locales'
import { pageHead } from '@/lib/head'
import { pathFor, recordPath } from '@/lib/paths'
import { getSiteSettings } from '@/queries/globals'
import { getSearchIndex } from '@/queries/search'
import { search } from '@/lib/search/search'

function queryText(value: string | undefined): string {
  return value?.trim().slice(0, 200) ?? ''
}

const kinds = {
  milestones: 'milestone',
  events: 'event',
  enterprises: 'enterprise',
  platforms: 'platform',
} as const

/** Search across all four collections in the reader's locale (`?q=`). */
export async function searchPage(
  locale: Locale,
  query: Record<string, string>,
): Promise<RenderedPage> {
  const q = queryText(query.q)
  const [t, tc, settings] = await Promise.all([
    getT(locale, 'search'),
    getT(locale, 'common'),
    getSiteSettings(locale),
  ])
  const hits = q ? search(await getSearchIndex(locale), q, locale) : []
  const head = pageHead({
    locale,
    route: { page: 'search' },
    title: q ? t('titleFor', { query: q }) : t('title'),
    description: t('description'),
    siteName: settings.siteName?.value ?? tc('site.name'),
    // Result pages are endless and thin; the records themselves are indexed.
    noindex: q !== '',
  })
  const body = (
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
      <form
        className="search-form"
        method="get"
        action={pathFor(locale, { page: 'search' })}
        role="search"
      >
        <label htmlFor="q">{t('label')}</label>
        <div className="search-form__row">
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={q}
            autoComplete="off"
            enterKeyHint="search"
          />
          <button type="submit" className="button">
            {t('submit')}
          </button>
        </div>
        <p className="hint">{t('hint')}</p>
      </form>

      {q ? (
        <section aria-labelledby="results-title" className="section">
          <h2 id="results-title">
            {hits.length > 0
              ? t('results', { count: hits.length, query: q })
              : t('none', { query: q })}
          </h2>
          <ol className="results">
            {hits.map(({ document, snippet, snippetLang }) => (
              <li key={`${document.collection}-${document.id}`} className="result">
                <p className="result__kind">{t(`kinds.${kinds[document.collection]}`)}</p>
                <h3 className="result__title">
                  <a
                    href={recordPath(locale, document.collection, document)}
                    lang={document.titleLang === locale ? undefined : bcp47[document.titleLang]}
                  >
                    {document.title}
                  </a>
                </h3>
                {snippet ? (
                  <p
                    className="result__snippet"
                    lang={snippetLang && snippetLang !== locale ? bcp47[snippetLang] : undefined}
                  >
                    {snippet.map((part, index) =>
                      part.mark ? (
                        <mark key={index}>{part.text}</mark>
                      ) : (
                        <span key={index}>{part.text}</span>
                      ),
                    )}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </PageShell>
  )
  return { head, body }
}
