import { countries, eventFormats, eventStatuses } from '@/domain/eventOptions'
import { EventDate, eventPlace } from '@/components/EventList'
import { Facts } from '@/components/Facts'
import { isSafeHref } from '@/fields/safeUrl'
import type { RenderedPage } from '@/components/renderedPage'
import { LocalizedRichText, LocalizedText } from '@/components/LocalizedText'
import { detailPage } from '@/components/pageFrames'
import { RelatedLinks } from '@/components/RelatedLinks'
import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'
import { event as eventLd } from '@/lib/jsonLd'
import { fallbackLanguages, optionLabel, plainText } from '@/lib/localized'
import { absoluteUrl, eventCalendarPath, pathFor } from '@/lib/paths'
import { getEnterprises } from '@/queries/enterprises'
import { getEvent } from '@/queries/events'
import { getMilestones } from '@/queries/milestones'
import { getPlatforms } from '@/queries/platforms'
import { pointingTo, relatedGroups, withIds } from '@/lib/related'

/**
 * An event: when (to the precision known), where, who, its calendar file and related records.
 * Null when no published record has this slug.
 */
export async function eventPage(locale: Locale, slug: string): Promise<RenderedPage | null> {
  const event = await getEvent(locale, slug)
  if (!event) return null
  const [t, platforms, enterprises, milestones] = await Promise.all([
    getT(locale, 'events'),
    getPlatforms(locale),
    getEnterprises(locale),
    getMilestones(locale),
  ])
  const route = { page: 'event', slug: event.slug } as const
  const place = eventPlace(event)
  const country = optionLabel(countries, event.country, locale)
  const format = optionLabel(eventFormats, event.format, locale)

  return detailPage({
    locale,
    route,
    section: 'events',
    list: { route: { page: 'events' }, title: t('title'), back: t('back') },
    name: event.title,
    description: event.summary?.value ?? plainText(event.body?.value),
    eyebrow: (
      <>
        {format}
        {event.status !== 'scheduled' ? (
          <span className={`tag tag--${event.status}`}>
            {optionLabel(eventStatuses, event.status, locale)}
          </span>
        ) : null}
      </>
    ),
    lead: event.summary ? (
      <LocalizedText as="p" shown={event.summary} locale={locale} className="lead" />
    ) : null,
    source: event.source,
    fallback: fallbackLanguages(locale, [
      event.title,
      event.summary,
      event.body,
      event.city,
      event.venue,
      event.organizer,
    ]),
    jsonLd: [
      eventLd({
        locale,
        name: event.title.value,
        url: absoluteUrl(pathFor(locale, route)),
        description: event.summary?.value,
        startDate: event.startDate,
        endDate: event.endDate,
        precision: event.datePrecision,
        status: event.status,
        place: {
          name: event.venue?.value,
          locality: event.city?.value,
          country: event.country === 'other' ? null : event.country,
        },
        organizer: event.organizer?.value,
      }),
    ],
    children: (
      <>
        <Facts
          items={[
            { term: t('facts.date'), value: <EventDate event={event} locale={locale} /> },
            place.length > 0 || country
              ? {
                  term: t('facts.place'),
                  value: (
                    <>
                      {place.map((part, index) => (
                        <span key={index}>
                          {index > 0 ? ', ' : ''}
                          <LocalizedText shown={part} locale={locale} />
                        </span>
                      ))}
                      {country ? `${place.length > 0 ? ', ' : ''}${country}` : null}
                    </>
                  ),
                }
              : null,
            event.organizer
              ? {
                  term: t('facts.organizer'),
                  value: <LocalizedText shown={event.organizer} locale={locale} />,
                }
              : null,
            { term: t('facts.format'), value: format },
          ]}
        />
        <p className="actions">
          {/* Without a date there is nothing to put in a calendar. */}
          {event.startDate !== null ? (
            <a
              className="button"
              href={eventCalendarPath(locale, event.slug)}
              type="text/calendar"
              download={`${event.slug}.ics`}
            >
              {t('addToCalendar')}
            </a>
          ) : null}
          {/* The field accepts only http(s); stored data that is not is no link. */}
          {isSafeHref(event.registrationUrl) ? (
            <a className="button button--secondary" href={event.registrationUrl} rel="external">
              {t('register')}
            </a>
          ) : null}
        </p>
        {event.startDate !== null && event.datePrecision !== 'day' ? (
          <p className="hint">{t(`precision.${event.datePrecision}`)}</p>
        ) : null}
        {event.body ? <LocalizedRichText shown={event.body} locale={locale} /> : null}
        <RelatedLinks
          locale={locale}
          groups={relatedGroups(locale, (collection) => t(`related.${collection}`), {
            platforms: withIds(platforms, event.platformIds),
            enterprises: withIds(enterprises, event.enterpriseIds),
            milestones: pointingTo(milestones, (item) => item.eventIds, event.id),
          })}
        />
      </>
    ),
  })
}
