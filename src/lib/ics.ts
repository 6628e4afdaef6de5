import { TZDate } from '@date-fns/tz'
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator'

import type { Locale } from '@/i18n/locales'

import type { DatePrecision } from './format'
import { siteTimeZone, zonedParts } from './format'

export type CalendarEvent = {
  uid: string
  title: string
  summary: string | null
  start: string
  end: string | null
  precision: DatePrecision
  status: 'scheduled' | 'postponed' | 'cancelled'
  location: string | null
  url: string
  updatedAt: string
}

/**
 * Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so one STANDARD block describes
 * it. Outlook needs a VTIMEZONE for every TZID it meets; Google accepts the IANA name as well.
 */
export function shanghaiVTimezone(timezone: string): string | null {
  if (timezone !== 'Asia/Shanghai') return null
  return [
    'BEGIN:VTIMEZONE',
    'TZID:Asia/Shanghai',
    'X-LIC-LOCATION:Asia/Shanghai',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'DTSTART:19700101T000000',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n')
}

/**
 * A value for a one-line property (a name, title, place or id). Titles and the site name are
 * written by translators, and ical-generator writes a calendar's NAME as given: a line break there
 * would start a new property or a whole new component. RFC 5545 TEXT allows no control character
 * but HTAB (§3.3.11), so each run of them becomes one space.
 */
export function singleLine(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim()
}

/**
 * A value that may hold paragraphs (a description): line breaks stay, as `\n` once ical-generator
 * escapes them, and every other control character goes.
 */
export function multiLine(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]+/g, ' ')
}

/**
 * An iCalendar (RFC 5545) file. Events known to the day or hour have times in Asia/Shanghai; an
 * event the source dates only to a month or a year becomes an all-day entry spanning that month or
 * year, marked free (TRANSPARENT) and saying so in its description, rather than a made-up day.
 */
export function calendar({
  name,
  locale,
  url,
  events,
  precisionNote,
}: {
  name: string
  locale: Locale
  url: string
  events: CalendarEvent[]
  /** The sentence that tells a reader an entry spans the whole period because the day is unknown. */
  precisionNote: (precision: Exclude<DatePrecision, 'day'>) => string
}): string {
  const cal = ical({
    name: singleLine(name),
    url: singleLine(url),
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'Taicang', product: 'German cooperation', language: locale.toUpperCase() },
    // No calendar-wide zone: ical-generator would then write DTSTAMP in local time, and RFC 5545
    // wants it in UTC. Timed events carry TZID=Asia/Shanghai and get the VTIMEZONE from here.
    timezone: { name: null, generator: shanghaiVTimezone },
  })
  for (const event of events) {
    const status = {
      scheduled: ICalEventStatus.CONFIRMED,
      postponed: ICalEventStatus.TENTATIVE,
      cancelled: ICalEventStatus.CANCELLED,
    }[event.status]
    const description = [
      event.summary,
      event.precision === 'day' ? null : precisionNote(event.precision),
      event.url,
    ]
      .filter(Boolean)
      .join('\n\n')
    const common = {
      id: singleLine(event.uid),
      summary: singleLine(event.title),
      description: multiLine(description),
      location: event.location === null ? null : singleLine(event.location),
      url: singleLine(event.url),
      status,
      stamp: new Date(event.updatedAt),
      lastModified: new Date(event.updatedAt),
    }
    if (event.precision === 'day' && hasClockTime(event.start)) {
      const start = new TZDate(new Date(event.start).getTime(), siteTimeZone)
      const end = event.end ? new TZDate(new Date(event.end).getTime(), siteTimeZone) : null
      cal.createEvent({ ...common, start, end, timezone: siteTimeZone })
    } else {
      const [start, end] = allDaySpan(event)
      cal.createEvent({
        ...common,
        allDay: true,
        start,
        end,
        transparency:
          event.precision === 'day'
            ? ICalEventTransparency.OPAQUE
            : ICalEventTransparency.TRANSPARENT,
      })
    }
  }
  return cal.toString()
}

function hasClockTime(value: string): boolean {
  const { hour, minute } = zonedParts(new Date(value))
  return hour !== 0 || minute !== 0
}

/**
 * All-day bounds as dates (DTEND exclusive), from Shanghai's calendar. Built in UTC so that
 * ical-generator, which writes all-day dates from UTC fields, prints the intended days.
 */
function allDaySpan(event: CalendarEvent): [Date, Date] {
  const from = zonedParts(new Date(event.start))
  const to = zonedParts(new Date(event.end && event.end > event.start ? event.end : event.start))
  if (event.precision === 'year')
    return [new Date(Date.UTC(from.year, 0, 1)), new Date(Date.UTC(to.year + 1, 0, 1))]
  if (event.precision === 'month') {
    return [
      new Date(Date.UTC(from.year, from.month - 1, 1)),
      new Date(Date.UTC(to.year, to.month, 1)),
    ]
  }
  return [
    new Date(Date.UTC(from.year, from.month - 1, from.day)),
    new Date(Date.UTC(to.year, to.month - 1, to.day + 1)),
  ]
}
