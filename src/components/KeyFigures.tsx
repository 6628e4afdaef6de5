import { getT } from '@/i18n/server'
import { bcp47, type Locale } from '@/i18n/locales'
import { formatQuantity, formatYear } from '@/lib/format'
import type { KeyFigure } from '@/queries/globals'

import { LocalizedText } from './LocalizedText'

/** The key figures, each formatted for the reader (8.29亿美元 / 829 Mio. USD / USD 829 million). */
export async function KeyFigures({ locale, figures }: { locale: Locale; figures: KeyFigure[] }) {
  const t = await getT(locale, 'home')
  return (
    <dl className="figures">
      {figures.map((figure) => {
        const amount = formatQuantity(figure.value, figure.unit, locale)
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
                {figure.source ? (
                  <details className="source">
                    <summary>{t('figures.source')}</summary>
                    <q lang={bcp47.zh}>{figure.source}</q>
                  </details>
                ) : null}
              </dd>
            ) : null}
          </div>
        )
      })}
    </dl>
  )
}
