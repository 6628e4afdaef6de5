import { getT } from '@/i18n/server'
import { bcp47, type Locale } from '@/i18n/locales'
import { article, readCitation } from '@/lib/citation'
import { formatQuantity, formatYear } from '@/lib/format'
import type { KeyFigure } from '@/queries/globals'

import { LocalizedText } from './LocalizedText'

/**
 * The key figures, each formatted for the reader (8.29亿美元 / 829 Mio. USD / USD 829 million), with
 * the article section it comes from in the reader's language and the article named once below.
 * The Chinese quotations stay out: figures have no page of their own, and a German or English
 * reader would otherwise meet a Chinese sentence beside every number.
 */
export async function KeyFigures({ locale, figures }: { locale: Locale; figures: KeyFigure[] }) {
  const t = await getT(locale, 'home')
  const cited = figures.map((figure) => readCitation(figure.source, locale))
  return (
    <>
      <dl className="figures">
        {figures.map((figure, index) => {
          const amount = formatQuantity(figure.value, figure.unit, locale)
          const line = cited[index]
          return (
            <div key={figure.key} className="figure">
              <dt>
                <LocalizedText shown={figure.label} locale={locale} />
              </dt>
              <dd className="figure__value">
                {figure.qualifier === 'atLeast' ? t('figures.atLeast', { amount }) : amount}
              </dd>
              {figure.asOfYear || figure.source ? (
                <dd className="figure__meta">
                  {figure.asOfYear ? (
                    <span>{t('figures.asOf', { year: formatYear(figure.asOfYear, locale) })}</span>
                  ) : null}
                  {figure.asOfYear && figure.source ? ' · ' : null}
                  {line ? (
                    <span className="figure__source">
                      {t('figures.sourceSection', { section: line.section })}
                    </span>
                  ) : figure.source ? (
                    // An editor's own note, not a citation of the article: shown as written.
                    <details className="source">
                      <summary>{t('figures.source')}</summary>
                      <q>{figure.source}</q>
                    </details>
                  ) : null}
                </dd>
              ) : null}
            </div>
          )
        })}
      </dl>
      {cited.some(Boolean) ? (
        <p className="figures__source">
          {t('figures.sourceArticle', { title: article.title[locale] })}
          {locale !== 'zh' ? (
            <>
              {' '}
              (<span lang={bcp47.zh}>{article.title.zh}</span>).
            </>
          ) : null}
        </p>
      ) : null}
    </>
  )
}
