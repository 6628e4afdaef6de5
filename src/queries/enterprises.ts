import { perRequest } from '@/lib/requestMemo'

import type { GermanState, Industry } from '@/domain/enterpriseOptions'
import type { Locale } from '@/i18n/locales'

import { show, type Shown } from '@/lib/localized'
import type { ReadDoc } from './allLocales'
import { readAll, readBySlug } from './read'
import { ids, title, type Id, type OrganisationDetail } from '@/lib/records'

export type EnterpriseSummary = {
  id: Id
  slug: string
  name: Shown<string>
  germanHeadquarters: Shown<string> | null
  germanState: GermanState | null
  industry: Industry | null
  yearArrived: number | null
  hiddenChampion: boolean
  chinaHeadquarters: boolean
  platformId: Id | null
  updatedAt: string
}

export type EnterpriseDetail = EnterpriseSummary &
  OrganisationDetail & {
    investmentUsd: number | null
    employees: number | null
  }

const summarySelect = {
  slug: true,
  name: true,
  germanHeadquarters: true,
  germanState: true,
  industry: true,
  yearArrived: true,
  hiddenChampion: true,
  chinaHeadquarters: true,
  platform: true,
  updatedAt: true,
} as const

const detailSelect = {
  ...summarySelect,
  investmentUsd: true,
  employees: true,
  website: true,
  description: true,
  source: true,
} as const

function summary(
  raw: ReadDoc<'enterprises', typeof summarySelect>,
  locale: Locale,
): EnterpriseSummary {
  return {
    id: raw.id,
    slug: raw.slug,
    name: title(raw.name, locale, raw.slug),
    germanHeadquarters: show(raw.germanHeadquarters, locale),
    germanState: raw.germanState ?? null,
    industry: raw.industry ?? null,
    yearArrived: raw.yearArrived ?? null,
    hiddenChampion: raw.hiddenChampion === true,
    chinaHeadquarters: raw.chinaHeadquarters === true,
    platformId: ids(raw.platform)[0] ?? null,
    updatedAt: raw.updatedAt,
  }
}

/**
 * Every published enterprise. The directory filters, sorts and pages these in memory: sorting by
 * name needs the reader's collation (pinyin order for Chinese), which the database cannot give, and
 * a county's German enterprises number in the hundreds, not millions.
 */
export const getEnterprises = perRequest((locale: Locale) =>
  readAll('enterprises', locale, { select: summarySelect }, (raw) => summary(raw, locale)),
)

export const getEnterprise = perRequest((locale: Locale, slug: string) =>
  readBySlug('enterprises', locale, slug, detailSelect, (raw): EnterpriseDetail => ({
    ...summary(raw, locale),
    investmentUsd: raw.investmentUsd ?? null,
    employees: raw.employees ?? null,
    website: raw.website ?? null,
    description: show(raw.description, locale),
    source: raw.source ?? null,
  })),
)
