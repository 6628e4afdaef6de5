import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'

import { calendar, type CalendarEvent } from '@/lib/ics'
import { absoluteUrl, pathFor, siteOrigin } from '@/lib/paths'
import type { EventSummary } from './events'
import { getSiteSettings } from './globals'
import { isDated } from '@/lib/events'

/**
 * The iCalendar text for some events, with names and notes in the reader's language. Events without
 * a date (held regularly, undated in the source) are left out: a calendar entry needs a date.
 */
export async function eventsCalendar(
  locale: Locale,
  events: EventSummary[],
  name: string,
): Promise<string> {
  const t = await getT(locale, 'events')
  const host = new URL(siteOrigin()).host
  return calendar({
    name,
    locale,
    url: absoluteUrl(pathFor(locale, { page: 'events' })),
    precisionNote: (precision) => t(`precision.${precision}`),
    events: events.filter(isDated).map((event): CalendarEvent => ({
      // Stable across languages and edits: calendar apps update the entry instead of duplicating it.
      uid: `event-${event.id}@${host}`,
      title: event.title.value,
      summary: event.summary?.value ?? null,
      start: event.startDate,
      end: event.endDate,
      precision: event.datePrecision,
      status: event.status,
      location: [event.venue?.value, event.city?.value].filter(Boolean).join(', ') || null,
      url: absoluteUrl(pathFor(locale, { page: 'event', slug: event.slug })),
      updatedAt: event.updatedAt,
    })),
  })
}

export async function calendarName(locale: Locale): Promise<string> {
  const [t, tc, settings] = await Promise.all([
    getT(locale, 'events'),
    getT(locale, 'common'),
    getSiteSettings(locale),
  ])
  return t('calendarName', { site: settings.siteName?.value ?? tc('site.name') })
}

export function calendarResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `inline; filename="${filename}"`,
      'cache-control': 'public, max-age=0, must-revalidate',
    },
  })
}
