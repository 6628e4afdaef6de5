import { perRequest } from '@/lib/requestMemo'

import type { PlatformStatus, PlatformType, PlatformYearEvent } from '@/domain/platformOptions'
import type { Locale } from '@/i18n/locales'

import { show, type Shown } from '@/lib/localized'
import type { ReadDoc } from './allLocales'
import { readAll, readBySlug } from './read'
import { title, type Id, type OrganisationDetail } from '@/lib/records'

export type PlatformSummary = {
  id: Id
  slug: string
  name: Shown<string>
  type: PlatformType
  /** Null where the source states no current state. */
  status: PlatformStatus | null
  openedYear: number | null
  /** What the source says happened in `openedYear` (founded, settled, approved …). */
  yearEvent: PlatformYearEvent | null
  location: Shown<string> | null
  updatedAt: string
}

export type PlatformDetail = PlatformSummary &
  OrganisationDetail & {
    operator: Shown<string> | null
    areaSqm: number | null
  }

const summarySelect = {
  slug: true,
  name: true,
  type: true,
  status: true,
  openedYear: true,
  yearEvent: true,
  location: true,
  updatedAt: true,
} as const

const detailSelect = {
  ...summarySelect,
  operator: true,
  areaSqm: true,
  website: true,
  description: true,
  source: true,
} as const

function summary(raw: ReadDoc<'platforms', typeof summarySelect>, locale: Locale): PlatformSummary {
  return {
    id: raw.id,
    slug: raw.slug,
    name: title(raw.name, locale, raw.slug),
    type: raw.type,
    status: raw.status ?? null,
    openedYear: raw.openedYear ?? null,
    yearEvent: raw.yearEvent ?? null,
    location: show(raw.location, locale),
    updatedAt: raw.updatedAt,
  }
}

/** Every published platform, in the reader's locale. */
export const getPlatforms = perRequest((locale: Locale) =>
  readAll('platforms', locale, { select: summarySelect, sort: 'openedYear' }, (raw) =>
    summary(raw, locale),
  ),
)

export const getPlatform = perRequest((locale: Locale, slug: string) =>
  readBySlug('platforms', locale, slug, detailSelect, (raw): PlatformDetail => ({
    ...summary(raw, locale),
    operator: show(raw.operator, locale),
    areaSqm: raw.areaSqm ?? null,
    website: raw.website ?? null,
    description: show(raw.description, locale),
    source: raw.source ?? null,
  })),
)
