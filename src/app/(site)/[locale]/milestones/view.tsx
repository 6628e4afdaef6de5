import { milestoneCategories } from '@/domain/milestoneOptions'
import { FilterLinks } from '@/components/FilterLinks'
import { MilestoneItem } from '@/components/MilestoneItem'
import type { RenderedPage } from '@/components/renderedPage'
import { listPage } from '@/components/pageFrames'
import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'
import { formatYear } from '@/lib/format'
import { itemList } from '@/lib/jsonLd'
import { fallbackLanguages, isOption } from '@/lib/localized'
import { absoluteUrl, milestoneAnchor, pathFor } from '@/lib/paths'
import { getEnterprises } from '@/queries/enterprises'
import { getEvents } from '@/queries/events'
import { getMilestones, type Milestone } from '@/queries/milestones'
import { getPlatforms } from '@/queries/platforms'
import { relatedGroup, withIds } from '@/lib/related'

/** The cooperation timeline, grouped by year, filtered by category. */
export async function milestonesPage(
  locale: Locale,
  query: Record<string, string>,
): Promise<RenderedPage> {
  const category = isOption(milestoneCategories, query.category) ? query.category : undefined
  const [t, all, platforms, enterprises, events] = await Promise.all([
    getT(locale, 'milestones'),
    getMilestones(locale),
    getPlatforms(locale),
    getEnterprises(locale),
    getEvents(locale),
  ])
  const shown = category ? all.filter((milestone) => milestone.category === category) : all
  const years = [...new Set(shown.map((milestone) => milestone.year))]

  // What a milestone links to, as one list of links.
  const related = (milestone: Milestone) =>
    [
      relatedGroup(locale, '', 'platforms', withIds(platforms, milestone.platformIds)),
      relatedGroup(locale, '', 'enterprises', withIds(enterprises, milestone.enterpriseIds)),
      relatedGroup(locale, '', 'events', withIds(events, milestone.eventIds)),
    ].flatMap((group) => group.items)

  return listPage({
    locale,
    route: { page: 'milestones' },
    query: { category },
    section: 'milestones',
    title: t('title'),
    description: t('description'),
    fallback: fallbackLanguages(
      locale,
      shown.flatMap((milestone) => [milestone.title, milestone.summary, milestone.body]),
    ),
    jsonLd: [
      itemList(
        t('title'),
        shown.map((milestone) => ({
          name: milestone.title.value,
          url: absoluteUrl(
            `${pathFor(locale, { page: 'milestones' })}#${milestoneAnchor(milestone.id)}`,
          ),
        })),
      ),
    ],
    children: (
      <>
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>

        <FilterLinks
          label={t('filter.category')}
          allLabel={t('filter.all')}
          current={category}
          options={milestoneCategories.map((option) => ({
            value: option.value,
            label: option.label[locale],
            href: pathFor(locale, { page: 'milestones' }, { category: option.value }),
          }))}
          allHref={pathFor(locale, { page: 'milestones' })}
        />

        <p className="result-count" role="status">
          {t('count', { count: shown.length })}
        </p>

        {years.length > 1 ? (
          <nav className="year-nav" aria-label={t('years')}>
            <ul>
              {years.map((year) => (
                <li key={year}>
                  <a href={`#year-${year}`}>{formatYear(year, locale)}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}

        {shown.length === 0 ? <p className="empty">{t('empty')}</p> : null}
        {years.map((year) => (
          <section key={year} className="year" aria-labelledby={`year-${year}`}>
            <h2 id={`year-${year}`} className="year__heading">
              {formatYear(year, locale)}
            </h2>
            <ol className="timeline">
              {shown
                .filter((milestone) => milestone.year === year)
                .map((milestone) => (
                  <MilestoneItem
                    key={milestone.id}
                    milestone={milestone}
                    locale={locale}
                    headingLevel={3}
                    related={related(milestone)}
                  />
                ))}
            </ol>
          </section>
        ))}
      </>
    ),
  })
}
