import type {
  EventFormat,
  Country,
  DatePrecision,
  EventSchedule,
  EventStatus,
} from '@/domain/eventOptions'
import type { GermanState, Industry } from '@/domain/enterpriseOptions'
import type { MilestoneCategory } from '@/domain/milestoneOptions'
import type { PlatformStatus, PlatformType, PlatformYearEvent } from '@/domain/platformOptions'
import type { Locale } from '@/i18n/locales'

/** Text in every content locale. `zh` quotes the article exactly; `de` and `en` are translations. */
export type Localized = Record<Locale, string>

/**
 * Where a record's facts come from: the article section and the sentence(s) quoted from it
 * (in Chinese, verbatim). Stored in each record's `source` field.
 */
export type Citation = { section: string; quote: string }

export type SeedPlatform = {
  slug: string
  type: PlatformType
  /** Only where the article states the current state (运营良好, 加快建设, 筹建 …). */
  status?: PlatformStatus
  openedYear?: number
  /** What the article says happened in `openedYear`; set whenever `openedYear` is. */
  yearEvent?: PlatformYearEvent
  name: Localized
  location?: Localized
  operator?: Localized
  /** Paragraphs of plain text; the seed turns them into rich text. */
  description: Localized
  source: Citation
}

export type SeedEnterprise = {
  slug: string
  name: Localized
  yearArrived?: number
  industry?: Industry
  germanState?: GermanState
  germanHeadquarters?: Localized
  hiddenChampion?: boolean
  description: Localized
  platform?: string
  source: Citation
}

export type SeedEvent = {
  slug: string
  title: Localized
  /** ISO date; with `datePrecision` 'year' only the year is known, with 'month' the month. */
  startDate?: string
  datePrecision: DatePrecision
  /** Set, and `startDate` left out, where the article names the event without a date. */
  schedule?: EventSchedule
  city?: Localized
  venue?: Localized
  country?: Country
  format: EventFormat
  organizer?: Localized
  summary: Localized
  status: EventStatus
  platforms?: string[]
  enterprises?: string[]
  source: Citation
}

export type SeedMilestone = {
  /** Stable key so a second seed run finds the record it made the first time. */
  key: string
  year: number
  /** Only where the article names a month: ISO date on the 1st of that month. */
  date?: string
  /** 'month' with such a `date`, so the site shows "July 2021", not a day. */
  datePrecision?: 'month'
  category: MilestoneCategory
  title: Localized
  summary: Localized
  platforms?: string[]
  events?: string[]
  enterprises?: string[]
  source: Citation
}

export type SeedKeyFigure = {
  key: string
  label: Localized
  /** The number as the article states it, in `unit`. */
  value: number
  unit: Localized
  /** 'at least' for "超/突破/以上/多", 'exactly' otherwise. */
  qualifier: 'exactly' | 'atLeast'
  /** Only where the article dates the figure; left out, the site shows no "as of". */
  asOfYear?: number
  source: Citation
}

export type SeedGlossaryTerm = {
  term: Localized
  notes?: Localized
  source: Citation
}
