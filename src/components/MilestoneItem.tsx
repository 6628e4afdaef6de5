import { milestoneCategories } from '@/domain/milestoneOptions'
import { getT } from '@/i18n/server'
import { bcp47, type Locale } from '@/i18n/locales'
import { readCitation } from '@/lib/citation'
import { formatDate, formatYear, isoDate } from '@/lib/format'
import { optionLabel, type Shown } from '@/lib/localized'
import { milestoneAnchor, recordPath } from '@/lib/paths'
import type { Milestone } from '@/queries/milestones'

import { LocalizedRichText, LocalizedText } from './LocalizedText'
import { SourceLineText } from './SourceNote'

/** One entry of the timeline. */
export async function MilestoneItem({
  milestone,
  locale,
  headingLevel,
  compact = false,
  related = [],
}: {
  milestone: Milestone
  locale: Locale
  headingLevel: 2 | 3 | 4
  compact?: boolean
  related?: { href: string; name: Shown<string> }[]
}) {
  const t = await getT(locale, 'milestones')
  const Heading = `h${headingLevel}` as const
  const cited = readCitation(milestone.source, locale)
  const when = milestone.date
    ? formatDate(milestone.date, locale, { precision: milestone.datePrecision })
    : formatYear(milestone.year, locale)
  return (
    <li className="timeline__item" id={compact ? undefined : milestoneAnchor(milestone.id)}>
      <p className="timeline__meta">
        <time
          dateTime={
            milestone.date
              ? isoDate(milestone.date, milestone.datePrecision)
              : String(milestone.year)
          }
        >
          {when}
        </time>
        <span className="tag">{optionLabel(milestoneCategories, milestone.category, locale)}</span>
      </p>
      <Heading className="timeline__title">
        {compact ? (
          <a href={recordPath(locale, 'milestones', milestone)}>
            <LocalizedText shown={milestone.title} locale={locale} />
          </a>
        ) : (
          <LocalizedText shown={milestone.title} locale={locale} />
        )}
      </Heading>
      {milestone.summary ? (
        <LocalizedText as="p" shown={milestone.summary} locale={locale} />
      ) : null}
      {!compact && milestone.body ? (
        <LocalizedRichText shown={milestone.body} locale={locale} />
      ) : null}
      {!compact && related.length > 0 ? (
        <p className="related-inline">
          <span>{t('related')}</span>{' '}
          {related.map((item, index) => (
            <span key={item.href}>
              {index > 0 ? ', ' : ''}
              <a href={item.href}>
                <LocalizedText shown={item.name} locale={locale} />
              </a>
            </span>
          ))}
        </p>
      ) : null}
      {!compact && milestone.source ? (
        <details className="source">
          <summary>{t('source')}</summary>
          {/* The timeline is the milestones' own page: the line in the reader's language, then the quote. */}
          {cited ? (
            <>
              <SourceLineText line={cited} locale={locale} /> <q lang={bcp47.zh}>{cited.quote}</q>
            </>
          ) : (
            <q>{milestone.source}</q>
          )}
        </details>
      ) : null}
    </li>
  )
}
