import { perRequest } from '@/lib/requestMemo'

import type { Country, EventFormat, EventSchedule, EventStatus } from '@/domain/eventOptions'
import type { Locale } from '@/i18n/locales'

import type { DatePrecision } from '@/lib/format'
import { show, type RichText, type Shown } from '@/lib/localized'
import type { ReadDoc } from './allLocales'
import { readAll, readBySlug } from './read'
import { ids, title, type Id } from '@/lib/records'

export type EventSummary = {
  id: Id
  slug: string
  title: Shown<string>
  /** Null when the source gives no date: then `schedule` says why (held regularly, undated). */
  startDate: string | null
  endDate: string | null
  datePrecision: DatePrecision
  schedule: EventSchedule | null
  city: Shown<string> | null
  venue: Shown<string> | null
  country: Country | null
  format: EventFormat
  status: EventStatus
  summary: Shown<string> | null
  platformIds: Id[]
  enterpriseIds: Id[]
  updatedAt: string
}

export type EventDetail = EventSummary & {
  organizer: Shown<string> | null
  body: Shown<RichText> | null
  registrationUrl: string | null
  source: string | null
}

const summarySelect = {
  slug: true,
  title: true,
  startDate: true,
  endDate: true,
  datePrecision: true,
  schedule: true,
  city: true,
  venue: true,
  country: true,
  format: true,
  status: true,
  summary: true,
  platforms: true,
  enterprises: true,
  updatedAt: true,
} as const

const detailSelect = {
  ...summarySelect,
  organizer: true,
  body: true,
  registrationUrl: true,
  source: true,
} as const

function summary(raw: ReadDoc<'events', typeof summarySelect>, locale: Locale): EventSummary {
  return {
    id: raw.id,
    slug: raw.slug,
    title: title(raw.title, locale, raw.slug),
    startDate: raw.startDate ?? null,
    endDate: raw.endDate ?? null,
    datePrecision: raw.datePrecision ?? 'day',
    schedule: raw.schedule ?? null,
    city: show(raw.city, locale),
    venue: show(raw.venue, locale),
    country: raw.country ?? null,
    format: raw.format,
    status: raw.status,
    summary: show(raw.summary, locale),
    platformIds: ids(raw.platforms),
    enterpriseIds: ids(raw.enterprises),
    updatedAt: raw.updatedAt,
  }
}

/**
 * Every published event, latest first, then those without a date. Sorted here rather than by the
 * database: PostgreSQL puts empty dates first in a descending sort, SQLite last.
 */
export const getEvents = perRequest(async (locale: Locale) => {
  const events = await readAll(
    'events',
    locale,
    { select: summarySelect, sort: '-startDate' },
    (raw) => summary(raw, locale),
  )
  const dated = events.filter((event) => event.startDate !== null)
  return [...dated, ...events.filter((event) => event.startDate === null)]
})

export const getEvent = perRequest((locale: Locale, slug: string) =>
  readBySlug('events', locale, slug, detailSelect, (raw): EventDetail => ({
    ...summary(raw, locale),
    organizer: show(raw.organizer, locale),
    body: show(raw.body, locale),
    registrationUrl: raw.registrationUrl ?? null,
    source: raw.source ?? null,
  })),
)
