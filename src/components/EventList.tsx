import { eventFormats, eventSchedules, eventStatuses } from '@/domain/eventOptions'
import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'
import { formatDate, isoDate } from '@/lib/format'
import { optionLabel } from '@/lib/localized'
import { pathFor } from '@/lib/paths'
import type { EventSummary } from '@/queries/events'

import { LocalizedText } from './LocalizedText'

/** When: the date to the precision known, or "held regularly" / "no date in the source". */
export function EventDate({ event, locale }: { event: EventSummary; locale: Locale }) {
  if (event.startDate === null)
    return <span className="date">{optionLabel(eventSchedules, event.schedule, locale)}</span>
  return (
    <time dateTime={isoDate(event.startDate, event.datePrecision)}>
      {formatDate(event.startDate, locale, { precision: event.datePrecision, end: event.endDate })}
    </time>
  )
}

/** Where an event takes place, as far as it is known: venue, city. */
export function eventPlace(event: Pick<EventSummary, 'venue' | 'city'>) {
  return [event.venue, event.city].filter((part): part is NonNullable<typeof part> => part !== null)
}

export async function EventList({
  events,
  locale,
  headingLevel,
}: {
  events: EventSummary[]
  locale: Locale
  headingLevel: 2 | 3 | 4
}) {
  const t = await getT(locale, 'events')
  const Heading = `h${headingLevel}` as const
  return (
    <ul className="event-list">
      {events.map((event) => (
        <li key={event.id} className="event-list__item">
          <p className="event-list__meta">
            <EventDate event={event} locale={locale} />
            <span className="tag">{optionLabel(eventFormats, event.format, locale)}</span>
            {event.status !== 'scheduled' ? (
              <span className={`tag tag--${event.status}`}>
                {optionLabel(eventStatuses, event.status, locale)}
              </span>
            ) : null}
          </p>
          <Heading className="event-list__title">
            <a href={pathFor(locale, { page: 'event', slug: event.slug })}>
              <LocalizedText shown={event.title} locale={locale} />
            </a>
          </Heading>
          {eventPlace(event).length > 0 ? (
            <p className="event-list__place">
              <span className="visually-hidden">{t('place')}: </span>
              {eventPlace(event).map((part, index) => (
                <span key={index}>
                  {index > 0 ? ', ' : ''}
                  <LocalizedText shown={part} locale={locale} />
                </span>
              ))}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
