
import { countries, eventFormats, eventStatuses } from '@collections/Events/options'
import { EventDate, eventPlace } from '@/components/EventList'
import { Facts } from '@/components/Facts'
import { LocalizedRichText, LocalizedText } from '@/components/LocalizedText'
import type { RenderedPage } from '@/components/htmlResponse'
import { PageShell } from '@/components/PageShell'
import { RelatedLinks } from '@/components/RelatedLinks'
import { SourceNote } from '@/components/SourceNote'
import { getT } from '@/i18n/server'
import { isLocale, type Locale } from '@/i18n/locales'
import { event as eventLd } from '@/lib/jsonLd'
import { fallbackLanguages, optionLabel, plainText } from '@/lib/localized'
import { pageHead } from '@/lib/head'
import { absoluteUrl, eventCalendarPath, pathFor, recordPath } from '@/lib/paths'
import { getEnterprises } from '@/lib/queries/enterprises'
import { getEvent } from '@/lib/queries/events'
import { getSiteSettings } from '@/lib/queries/globals'
import { getMilestones } from '@/lib/queries/milestones'
import { getPlatforms } from '@/lib/queries/platforms'
import { sameId } from '@/lib/queries/shared'

/** An event: when (to the precision known), where, who, its calendar file and related records. Null when no published record has this slug. */
export async function eventPage(locale: Locale, slug: string): Promise<RenderedPage | null> {
  const event = await getEvent(locale, slug)
  if (!event) return null
  const [t, tc, settings, platforms, enterprises, milestones] = await Promise.all([
    getT(locale, 'events'),
    getT(locale, 'common'),
    getSiteSettings(locale),
    getPlatforms(locale),
    getEnterprises(locale),
    getMilestones(locale),
  ])
  const route = { page: 'event', slug: event.slug } as const
  const place = eventPlace(event)
  const relatedPlatforms = platforms.filter((platform) => event.platformIds.some((id) => sameId(id, platform.id)))
  const relatedEnterprises = enterprises.filter((enterprise) => event.enterpriseIds.some((id) => sameId(id, enterprise.id)))
  const relatedMilestones = milestones.filter((milestone) => milestone.eventIds.some((id) => sameId(id, event.id)))
  const country = optionLabel(countries, event.country, locale)

  const head = pageHead({
    locale,
    route,
    title: event.title.value,
    description: event.summary?.value ?? plainText(event.body?.value),
    siteName: settings.siteName?.value ?? tc('site.name'),
    type: 'article',
  })
  const body = (
    <PageShell
      locale={locale}
      route={route}
      section="events"
      trail={[
        { name: tc('nav.home'), route: { page: 'home' } },
        { name: t('title'), route: { page: 'events' } },
        { name: event.title.value, route, lang: event.title.lang === locale ? undefined : event.title.lang },
      ]}
      fallback={fallbackLanguages(locale, [event.title, event.summary, event.body, event.city, event.venue, event.organizer])}
      jsonLd={[
        eventLd({
          locale,
          name: event.title.value,
          url: absoluteUrl(pathFor(locale, route)),
          description: event.summary?.value,
          startDate: event.startDate,
          endDate: event.endDate,
          precision: event.datePrecision,
          status: event.status,
          place: { name: event.venue?.value, locality: event.city?.value, country: event.country === 'other' ? null : event.country },
          organizer: event.organizer?.value,
        }),
      ]}
    >
      <article className="detail">
        <header className="detail__header">
          <p className="eyebrow">
            {optionLabel(eventFormats, event.format, locale)}
            {event.status !== 'scheduled' ? <span className={`tag tag--${event.status}`}>{optionLabel(eventStatuses, event.status, locale)}</span> : null}
          </p>
          <h1>
            <LocalizedText shown={event.title} locale={locale} />
          </h1>
          {event.summary ? <LocalizedText as="p" shown={event.summary} locale={locale} className="lead" /> : null}
        </header>

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
            event.organizer ? { term: t('facts.organizer'), value: <LocalizedText shown={event.organizer} locale={locale} /> } : null,
            { term: t('facts.format'), value: optionLabel(eventFormats, event.format, locale) },
          ]}
        />

        <p className="actions">
          <a className="button" href={eventCalendarPath(locale, event.slug)} type="text/calendar" download={`${event.slug}.ics`}>
            {t('addToCalendar')}
          </a>
          {event.registrationUrl ? (
            <a className="button button--secondary" href={event.registrationUrl} rel="external">
              {t('register')}
            </a>
          ) : null}
        </p>
        {event.datePrecision !== 'day' ? <p className="hint">{t(`precision.${event.datePrecision}`)}</p> : null}

        {event.body ? <LocalizedRichText shown={event.body} locale={locale} /> : null}

        <RelatedLinks
          locale={locale}
          groups={[
            { heading: t('related.platforms'), items: relatedPlatforms.map((item) => ({ href: recordPath(locale, 'platforms', item), name: item.name })) },
            { heading: t('related.enterprises'), items: relatedEnterprises.map((item) => ({ href: recordPath(locale, 'enterprises', item), name: item.name })) },
            { heading: t('related.milestones'), items: relatedMilestones.map((item) => ({ href: recordPath(locale, 'milestones', item), name: item.title })) },
          ]}
        />

        <SourceNote locale={locale} source={event.source} />
        <p className="back">
          <a href={pathFor(locale, { page: 'events' })}>{t('back')}</a>
        </p>
      </article>
    </PageShell>
  )
  return { head, body }
}
