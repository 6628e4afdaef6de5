import { segment } from '@/render/pageRoute'
import { isLocale } from '@/i18n/locales'
import { calendarResponse, eventsCalendar } from '@/queries/eventCalendar'
import { getEvent } from '@/queries/events'

/** One event as an .ics file to add to a calendar. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const decoded = segment(slug)
  const event = decoded === null ? null : await getEvent(locale, decoded)
  // An event without a date has no calendar entry (its page offers none).
  if (!event || event.startDate === null) return new Response('Not found', { status: 404 })
  return calendarResponse(
    await eventsCalendar(locale, [event], event.title.value),
    `${event.slug}.ics`,
  )
}
