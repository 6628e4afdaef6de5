import {
  germanStates,
  industries,
  type GermanState,
  type Industry,
} from '@/domain/enterpriseOptions'
import { bcp47, type Locale } from '@/i18n/locales'

import { isOption, type Shown } from './localized'

export const pageSize = 20

/** The directory's filters as they appear in the URL (`?industry=automotive&state=BW&champion=1&year=2005&page=2`). */
export type DirectoryFilters = {
  industry?: Industry
  state?: GermanState
  champion?: true
  year?: number
  page: number
}

/** What the directory filters and sorts on: the part of an enterprise summary it reads. */
type Listed = {
  name: Shown<string>
  industry: Industry | null
  germanState: GermanState | null
  hiddenChampion: boolean
  yearArrived: number | null
}

type Params = Record<string, string | string[] | undefined>

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** Reads the filters from search params, ignoring anything that is not a valid value. */
export function parseFilters(params: Params): DirectoryFilters {
  const industry = one(params.industry)
  const state = one(params.state)
  const year = Number(one(params.year))
  const page = Number(one(params.page))
  return {
    ...(isOption(industries, industry) ? { industry } : {}),
    ...(isOption(germanStates, state) ? { state } : {}),
    ...(one(params.champion) === '1' ? { champion: true as const } : {}),
    ...(Number.isInteger(year) && year >= 1900 && year <= 2100 ? { year } : {}),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  }
}

/** The filters as query parameters, for links (pagination, language switcher) that keep them. */
export function filterQuery(filters: DirectoryFilters, page = filters.page) {
  return {
    industry: filters.industry,
    state: filters.state,
    champion: filters.champion ? '1' : undefined,
    year: filters.year,
    page: page > 1 ? page : undefined,
  }
}

/**
 * Filters, sorts by name in the reader's collation (pinyin for Chinese, DIN 5007 for German) and
 * cuts out one page.
 */
export function directoryPage<Enterprise extends Listed>(
  enterprises: readonly Enterprise[],
  filters: DirectoryFilters,
  locale: Locale,
) {
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-u-co-pinyin' : bcp47[locale], {
    sensitivity: 'base',
    numeric: true,
  })
  const matching = enterprises
    .filter(
      (enterprise) =>
        (!filters.industry || enterprise.industry === filters.industry) &&
        (!filters.state || enterprise.germanState === filters.state) &&
        (!filters.champion || enterprise.hiddenChampion) &&
        (!filters.year || enterprise.yearArrived === filters.year),
    )
    .sort((a, b) => collator.compare(a.name.value, b.name.value))
  const pages = Math.max(1, Math.ceil(matching.length / pageSize))
  const page = Math.min(filters.page, pages)
  return {
    total: matching.length,
    page,
    pages,
    items: matching.slice((page - 1) * pageSize, page * pageSize),
  }
}
