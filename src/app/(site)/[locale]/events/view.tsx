import { eventFormats } from '@/domain/eventOptions'
import { EventList } from '@/components/EventList'
import { FilterForm } from '@/components/FilterForm'
import type { RenderedPage } from '@/components/renderedPage'
import { listPage } from '@/components/pageFrames'
import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'
import { eventYear, isDated, isPast, isUpcoming } from '@/lib/events'
import { formatYear } from '@/lib/format'
import { itemList } from '@/lib/jsonLd'
import { fallbackLanguages, isOption } from '@/lib/localized'
import { absoluteUrl, eventsFeedPath, pathFor } from '@/lib/paths'
import { getEvents } from '@/queries/events'

/** Upcoming and past events, filtered by format and year. */
export async function eventsPage(
  locale: Locale,
  query: Record<string, string>,
): Promise<RenderedPage> {
  const [t, tc, events] = await Promise.all([
    getT(locale, 'events'),
    getT(locale, 'common'),
    getEvents(locale),
  ])
  const format = isOption(eventFormats, query.format) ? query.format : undefined
  const years = [...new Set(events.filter(isDated).map(eventYear))]
    .filter((value) => value !== null)
    .sort((a, b) => b - a)
  const year =
    typeof query.year === 'string' && years.includes(Number(query.year))
      ? Number(query.year)
      : undefined

  const shown = events.filter(
    (event) => (!format || event.format === format) && (!year || eventYear(event) === year),
  )
  const now = new Date()
  const upcoming = shown.filter((event) => isUpcoming(event, now)).reverse()
  const past = shown.filter((event) => isPast(event, now))
  // Held regularly or undated in the source: no year to filter by, shown apart from the dated ones.
  const undated = year === undefined ? shown.filter((event) => !isDated(event)) : []
  const filtered = format !== undefined || year !== undefined

  return listPage({
    locale,
    route: { page: 'events' },
    query: { format, year },
    section: 'events',
    title: t('title'),
    description: t('description'),
    fallback: fallbackLanguages(
      locale,
      shown.flatMap((event) => [event.title, event.city, event.venue]),
    ),
    jsonLd: [
      itemList(
        t('title'),
        shown.map((event) => ({
          name: event.title.value,
          url: absoluteUrl(pathFor(locale, { page: 'event', slug: event.slug })),
        })),
      ),
    ],
    children: (
      <>
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <p>
          <a
            className="button button--secondary"
            href={eventsFeedPath(locale)}
            type="text/calendar"
          >
            {t('subscribe')}
          </a>
        </p>

        <FilterForm
          action={pathFor(locale, { page: 'events' })}
          legend={tc('filters.legend')}
          submit={tc('filters.apply')}
          reset={
            filtered
              ? { label: tc('filters.reset'), href: pathFor(locale, { page: 'events' }) }
              : undefined
          }
          fields={[
            {
              name: 'format',
              label: t('filter.format'),
              value: format,
              options: [
                { value: '', label: t('filter.allFormats') },
                ...eventFormats.map((option) => ({
                  value: option.value,
                  label: option.label[locale],
                })),
              ],
            },
            {
              name: 'year',
              label: t('filter.year'),
              value: year === undefined ? undefined : String(year),
              options: [
                { value: '', label: t('filter.allYears') },
                ...years.map((value) => ({
                  value: String(value),
                  label: formatYear(value, locale),
                })),
              ],
            },
          ]}
        />

        <p className="result-count" role="status">
          {t('count', { count: shown.length })}
        </p>

        <section aria-labelledby="upcoming-title" className="section">
          <h2 id="upcoming-title">{t('upcoming')}</h2>
          {upcoming.length > 0 ? (
            <EventList events={upcoming} locale={locale} headingLevel={3} />
          ) : (
            <p className="empty">{t('noneUpcoming')}</p>
          )}
        </section>
        {undated.length > 0 ? (
          <section aria-labelledby="undated-title" className="section">
            <h2 id="undated-title">{t('undated')}</h2>
            <EventList events={undated} locale={locale} headingLevel={3} />
          </section>
        ) : null}
        <section aria-labelledby="past-title" className="section">
          <h2 id="past-title">{t('past')}</h2>
          {past.length > 0 ? (
            <EventList events={past} locale={locale} headingLevel={3} />
          ) : (
            <p className="empty">{t('nonePast')}</p>
          )}
        </section>
      </>
    ),
  })
}
