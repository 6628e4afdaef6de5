import { cache } from 'react'

import type { GermanState, Industry } from '@collections/Enterprises/options'
import type { Locale } from '@/i18n/locales'

import { cacheTags } from '../cacheTags'
import { show, type Localized, type RichText, type Shown } from '../localized'
import { cachedRead, payloadClient, readOptions } from './read'
import { ids, title, type Id } from './shared'

type Raw = {
  id: Id
  slug: string
  name?: Localized<string>
  germanHeadquarters?: Localized<string>
  germanState?: GermanState | null
  industry?: Industry | null
  yearArrived?: number | null
  hiddenChampion?: boolean | null
  chinaHeadquarters?: boolean | null
  investmentUsd?: number | null
  employees?: number | null
  website?: string | null
  description?: Localized<RichText>
  platform?: unknown
  source?: string | null
  updatedAt: string
}

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

export type EnterpriseDetail = EnterpriseSummary & {
  investmentUsd: number | null
  employees: number | null
  website: string | null
  description: Shown<RichText> | null
  source: string | null
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

function summary(raw: Raw, locale: Locale): EnterpriseSummary {
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
export const getEnterprises = cache((locale: Locale) =>
  cachedRead(['enterprises', 'list', locale], [cacheTags.collection('enterprises')], async (mode) => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'enterprises',
      ...readOptions(mode),
      select: summarySelect,
      limit: 0,
      pagination: false,
    })
    return (docs as unknown as Raw[]).map((raw) => summary(raw, locale))
  }),
)

export const getEnterprise = cache((locale: Locale, slug: string) =>
  cachedRead(['enterprises', 'doc', slug, locale], [cacheTags.document('enterprises', slug)], async (mode): Promise<EnterpriseDetail | null> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'enterprises',
      ...readOptions(mode),
      where: { slug: { equals: slug } },
      select: { ...summarySelect, investmentUsd: true, employees: true, website: true, description: true, source: true },
      limit: 1,
      pagination: false,
    })
    const raw = docs[0] as unknown as Raw | undefined
    if (!raw) return null
    return {
      ...summary(raw, locale),
      investmentUsd: raw.investmentUsd ?? null,
      employees: raw.employees ?? null,
      website: raw.website ?? null,
      description: show(raw.description, locale),
      source: raw.source ?? null,
    }
  }),
)
