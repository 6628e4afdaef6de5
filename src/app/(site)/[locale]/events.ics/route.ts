import { isLocale } from '@/i18n/locales'
import { calendarName, calendarResponse, eventsCalendar } from '@/queries/eventCalendar'
import { getEvents } from '@/queries/events'

/** Every published event as an iCalendar feed to subscribe to, in the reader's language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const events = await getEvents(locale)
  return calendarResponse(
    await eventsCalendar(locale, events, await calendarName(locale)),
    `events-${locale}.ics`,
  )
}
