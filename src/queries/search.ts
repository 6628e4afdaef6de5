import { perRequest } from '@/lib/requestMemo'

import { germanStates, industries } from '@/domain/enterpriseOptions'
import { countries, eventFormats } from '@/domain/eventOptions'
import { milestoneCategories } from '@/domain/milestoneOptions'
import { platformStatuses, platformTypes } from '@/domain/platformOptions'
import type { Locale } from '@/i18n/locales'

import { contentCollections, type ContentCollection } from '@/domain/contentCollections'
import { cacheTags } from '@/lib/cacheTags'
import { formatYear } from '@/lib/format'
import {
  optionLabel,
  plainText,
  show,
  type Localized,
  type RichText,
  type Shown,
} from '@/lib/localized'
import { prepare, type PreparedDocument, type SearchDocument } from '@/lib/search/search'
import { cachedRead, findAll } from './read'
import { title, type Id } from '@/lib/records'

type Raw = Record<string, unknown> & { id: Id; slug?: string; source?: string | null }

/** Which fields of each collection a reader can read, and how much a match in each counts. */
const textFields: Record<
  ContentCollection,
  { title: string; fields: [name: string, weight: number][]; options: string[] }
> = {
  milestones: {
    title: 'title',
    fields: [
      ['summary', 2],
      ['body', 1],
    ],
    options: ['category', 'year'],
  },
  events: {
    title: 'title',
    fields: [
      ['summary', 2],
      ['body', 1],
      ['city', 1],
      ['venue', 1],
      ['organizer', 1],
    ],
    options: ['format', 'country'],
  },
  enterprises: {
    title: 'name',
    fields: [
      ['description', 1],
      ['germanHeadquarters', 1],
    ],
    options: ['industry', 'germanState'],
  },
  platforms: {
    title: 'name',
    fields: [
      ['description', 1],
      ['location', 1],
      ['operator', 1],
    ],
    options: ['type', 'status'],
  },
}

/** Select labels are readable text too: "Innovationszentrum" finds the innovation centres. */
function labels(collection: ContentCollection, raw: Raw, locale: Locale): string[] {
  const get = (name: string) => raw[name] as never
  switch (collection) {
    case 'milestones':
      return [
        optionLabel(milestoneCategories, get('category'), locale),
        formatYear(Number(raw.year), locale),
      ].filter(isText)
    case 'events':
      return [
        optionLabel(eventFormats, get('format'), locale),
        optionLabel(countries, get('country'), locale),
      ].filter(isText)
    case 'enterprises':
      return [
        optionLabel(industries, get('industry'), locale),
        optionLabel(germanStates, get('germanState'), locale),
      ].filter(isText)
    case 'platforms':
      return [
        optionLabel(platformTypes, get('type'), locale),
        optionLabel(platformStatuses, get('status'), locale),
      ].filter(isText)
  }
}

const isText = (value: string | null): value is string => typeof value === 'string' && value !== ''

function toText(shown: Shown<unknown> | null): { text: string; lang: Locale } | null {
  if (!shown) return null
  const text = typeof shown.value === 'string' ? shown.value : plainText(shown.value as RichText)
  return text ? { text, lang: shown.lang } : null
}

function document(collection: ContentCollection, raw: Raw, locale: Locale): SearchDocument {
  const spec = textFields[collection]
  const heading = title(raw[spec.title] as Localized<string>, locale, raw.slug ?? String(raw.id))
  const fields = spec.fields.flatMap(([name, weight]) => {
    const text = toText(show(raw[name] as Localized<unknown>, locale))
    return text ? [{ ...text, weight }] : []
  })
  for (const label of labels(collection, raw, locale))
    fields.push({ text: label, lang: locale, weight: 1 })
  // The citation quotes the Chinese article: a reader of Chinese can search it.
  if (raw.source) fields.push({ text: raw.source, lang: 'zh', weight: 0.5 })
  return {
    collection,
    id: raw.id,
    slug: raw.slug ?? null,
    title: heading.value,
    titleLang: heading.lang,
    fields,
  }
}

/** Everything published, as the reader sees it, ready to search. Refreshed when any collection changes. */
export const getSearchDocuments = perRequest((locale: Locale) =>
  cachedRead(
    ['search', locale],
    contentCollections.map((collection) => cacheTags.collection(collection)),
    async (mode): Promise<SearchDocument[]> => {
      const lists = await Promise.all(
        contentCollections.map(async (collection) => {
          const spec = textFields[collection]
          const select = Object.fromEntries(
            [
              spec.title,
              ...spec.fields.map(([name]) => name),
              ...spec.options,
              'source',
              ...(collection === 'milestones' ? [] : ['slug']),
            ].map((name) => [name, true as const]),
          )
          const docs: Raw[] = await findAll(collection, mode, select)
          return docs.map((raw) => document(collection, raw, locale))
        }),
      )
      return lists.flat()
    },
  ),
)

/** The prepared index is derived data: kept per request, rebuilt from the cached documents. */
export const getSearchIndex = perRequest(async (locale: Locale): Promise<PreparedDocument[]> =>
  prepare(await getSearchDocuments(locale)),
)
