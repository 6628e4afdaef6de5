import { perRequest } from '@/lib/requestMemo'

import type { MilestoneCategory } from '@/domain/milestoneOptions'
import type { Locale } from '@/i18n/locales'

import { show, type RichText, type Shown } from '@/lib/localized'
import { readAll } from './read'
import { ids, title, type Id } from '@/lib/records'

export type Milestone = {
  id: Id
  title: Shown<string>
  year: number
  date: string | null
  /** How much of `date` the source states. */
  datePrecision: 'day' | 'month'
  category: MilestoneCategory
  summary: Shown<string> | null
  body: Shown<RichText> | null
  platformIds: Id[]
  enterpriseIds: Id[]
  eventIds: Id[]
  source: string | null
  updatedAt: string
}

/** The whole timeline, oldest first (milestones have no page of their own). */
export const getMilestones = perRequest(async (locale: Locale) => {
  const milestones = await readAll(
    'milestones',
    locale,
    {
      select: {
        title: true,
        year: true,
        date: true,
        datePrecision: true,
        category: true,
        summary: true,
        body: true,
        platforms: true,
        enterprises: true,
        events: true,
        source: true,
        updatedAt: true,
      },
      sort: 'year',
    },
    (raw): Milestone => ({
      id: raw.id,
      title: title(raw.title, locale, String(raw.year)),
      year: raw.year,
      date: raw.date ?? null,
      datePrecision: raw.datePrecision ?? 'day',
      category: raw.category,
      summary: show(raw.summary, locale),
      body: show(raw.body, locale),
      platformIds: ids(raw.platforms),
      enterpriseIds: ids(raw.enterprises),
      eventIds: ids(raw.events),
      source: raw.source ?? null,
      updatedAt: raw.updatedAt,
    }),
  )
  return milestones.sort(
    (a, b) =>
      a.year - b.year || (a.date ?? '').localeCompare(b.date ?? '') || Number(a.id) - Number(b.id),
  )
})
