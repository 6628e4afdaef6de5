import { milestoneCategories } from '@collections/Milestones/options'
import { FilterLinks } from '@/components/FilterLinks'
import { MilestoneItem, type Related } from '@/components/MilestoneItem'
import type { RenderedPage } from '@/components/htmlResponse'
import { PageShell } from '@/components/PageShell'
import { getT } from '@/i18n/server'
import { bcp47, type Locale } from '@/i18n/locales'
import { formatYear } from '@/lib/format'
import { itemList } from '@/lib/jsonLd'
import { fallbackLanguages, isOption } from '@/lib/localized'
import { pageHead } from '@/lib/head'
import { absoluteUrl, milestoneAnchor, pathFor, recordPath } from '@/lib/paths'
import { getEnterprises } from '@/lib/queries/enterprises'
import { getEvents } from '@/lib/queries/events'
import { getSiteSettings } from '@/lib/queries/globals'
import { getMilestones, type Milestone } from '@/lib/queries/milestones'
import { getPlatforms } from '@/lib/queries/platforms'
import { sameId } from '@/lib/queries/shared'

/** The cooperation timeline, grouped by year, filtered by category. */
export async function milestonesPage(locale: Locale, query: Record<string, string>): Promise<RenderedPage> {
  const category = isOption(milestoneCategories, query.category) ? query.category : undefined
  const [t, tc, all, platforms, enterprises, events] = await Promise.all([
    getT(locale, 'milestones'),
    getT(locale, 'common'),
    getMilestones(locale),
    getPlatforms(locale),
    getEnterprises(locale),
    getEvents(locale),
  ])
  const shown = category ? all.filter((milestone) => milestone.category === category) : all
  const years = [...new Set(shown.map((milestone) => milestone.year))]

  const related = (milestone: Milestone): Related[] => [
    ...platforms.filter((item) => milestone.platformIds.some((id) => sameId(id, item.id))).map((item) => link(locale, recordPath(locale, 'platforms', item), item.name)),
    ...enterprises.filter((item) => milestone.enterpriseIds.some((id) => sameId(id, item.id))).map((item) => link(locale, recordPath(locale, 'enterprises', item), item.name)),
    ...events.filter((item) => milestone.eventIds.some((id) => sameId(id, item.id))).map((item) => link(locale, recordPath(locale, 'events', item), item.title)),
  ]

  const head = pageHead({
    locale,
    route: { page: 'milestones' },
    title: t('title'),
    description: t('description'),
    siteName: (await getSiteSettings(locale)).siteName?.value ?? tc('site.name'),
  })
  const body = (
    <PageShell
      locale={locale}
      route={{ page: 'milestones' }}
      query={{ category }}
      section="milestones"
      trail={[
        { name: tc('nav.home'), route: { page: 'home' } },
        { name: t('title'), route: { page: 'milestones' } },
      ]}
      fallback={fallbackLanguages(locale, shown.flatMap((milestone) => [milestone.title, milestone.summary, milestone.body]))}
      jsonLd={[
        itemList(
          t('title'),
          shown.map((milestone) => ({
            name: milestone.title.value,
            url: absoluteUrl(`${pathFor(locale, { page: 'milestones' })}#${milestoneAnchor(milestone.id)}`),
          })),
        ),
      ]}
    >
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
                <MilestoneItem key={milestone.id} milestone={milestone} locale={locale} headingLevel={3} related={related(milestone)} />
              ))}
          </ol>
        </section>
      ))}
    </PageShell>
  )
  return { head, body }
}

function link(locale: Locale, href: string, name: { value: string; lang: Locale }): Related {
  return { href, name: name.value, lang: name.lang === locale ? undefined : bcp47[name.lang] }
}
