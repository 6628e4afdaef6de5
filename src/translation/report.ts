import type { Payload } from 'payload'

import { sourceLocale, type Locale } from '@/i18n/locales'

import {
  localeStatus,
  type DocumentInAllLocales,
  type FieldState,
  type RecordState,
} from './status'
import { publishedFieldName } from './publishing'
import {
  allLocalesLive,
  describe,
  labelIn,
  loadInAllLocales,
  translatedCollections,
  type TranslatedSlug,
} from './records'
import { translationSourcesFieldName } from './sourceTracking'
import { storedIn, translatableFields, type TranslatableField } from './translatableFields'

export { translatedCollections }

export type StatusRecord = {
  collection: string
  id: number | string
  title: string
  state: RecordState
  published: boolean
  fields: Record<string, FieldState>
}

export type Counts = Record<RecordState, number> & {
  total: number
  published: number
  progress: number
}

export type StatusReport = {
  locale: Locale
  sourceLocale: Locale
  totals: Counts
  collections: Record<string, Counts>
  records: StatusRecord[]
}

export type TranslatableDocuments = {
  collection: TranslatedSlug
  fields: TranslatableField[]
  /** The record's title in a locale. */
  title: (doc: DocumentInAllLocales, locale: Locale) => string
  docs: DocumentInAllLocales[]
  /** Per record id, the locales published now (src/translation/publishing.ts). */
  publishedLocales: Map<string, ReadonlySet<string>>
}

/** What one collection's translation status is computed from: its texts and their latest drafts. */
export type DraftTexts = {
  fields: TranslatableField[]
  docs: DocumentInAllLocales[]
}

/**
 * The latest draft of every record of one collection in every locale, read in one query with only
 * the fields translation needs (the texts, the title, the recorded sources).
 */
export async function loadDraftTexts(
  payload: Payload,
  collection: TranslatedSlug,
): Promise<DraftTexts> {
  const { fields: configured, titleField } = describe(payload, collection)
  const fields = translatableFields(configured)
  const select = Object.fromEntries(
    [...fields.map(storedIn), titleField ?? 'id', translationSourcesFieldName].map((path) => [
      path,
      true as const,
    ]),
  )
  return { fields, docs: await loadInAllLocales(payload, collection, { select }) }
}

/**
 * The latest draft of every record in every locale with each record's published locales: the
 * status matrix and XLIFF export both start here.
 */
export async function loadTranslatableDocuments(
  payload: Payload,
  collections: readonly TranslatedSlug[] = translatedCollections,
): Promise<TranslatableDocuments[]> {
  return Promise.all(
    collections.map(async (collection) => {
      const { hasDrafts, titleField, label } = describe(payload, collection)
      const [{ fields, docs }, publishedLocales] = await Promise.all([
        loadDraftTexts(payload, collection),
        hasDrafts
          ? loadPublishedLocales(payload, collection)
          : Promise.resolve(new Map<string, ReadonlySet<string>>()),
      ])
      return {
        collection,
        fields,
        title: (doc: DocumentInAllLocales, locale: Locale) =>
          titleField === null ? labelIn(label, locale) : titleOf(doc, titleField, locale),
        docs,
        publishedLocales: hasDrafts
          ? publishedLocales
          : new Map(docs.map((doc) => [String(doc.id), allLocalesLive])),
      }
    }),
  )
}

async function loadPublishedLocales(
  payload: Payload,
  collection: TranslatedSlug,
): Promise<Map<string, ReadonlySet<string>>> {
  const published = await payload.find({
    collection: collection as 'milestones',
    where: { _status: { equals: 'published' } },
    locale: 'all',
    depth: 0,
    pagination: false,
    select: { [publishedFieldName]: true },
    overrideAccess: true,
  })
  return new Map(
    published.docs.map((doc) => {
      const flags = (doc as Record<string, unknown>)[publishedFieldName] as Record<
        string,
        boolean
      > | null
      return [String(doc.id), new Set(Object.keys(flags ?? {}).filter((code) => flags?.[code]))]
    }),
  )
}

function emptyCounts(): Counts {
  return { missing: 0, outdated: 0, machine: 0, complete: 0, total: 0, published: 0, progress: 0 }
}

function titleOf(doc: DocumentInAllLocales, field: string, locale: Locale): string {
  const value = doc[field]
  if (value && typeof value === 'object') {
    const byLocale = value as Record<string, unknown>
    return String(byLocale[locale] ?? byLocale[sourceLocale] ?? doc.id)
  }
  return String(value ?? doc.id)
}

/** The report for several locales from one read of the records: the admin shows them side by side. */
export async function statusReports(
  payload: Payload,
  {
    locales,
    collections = translatedCollections,
  }: { locales: readonly Locale[]; collections?: readonly TranslatedSlug[] },
): Promise<StatusReport[]> {
  const loaded = await loadTranslatableDocuments(payload, collections)
  return locales.map((locale) => reportFor(loaded, locale))
}

export async function statusReport(
  payload: Payload,
  { locale, collections }: { locale: Locale; collections?: readonly TranslatedSlug[] },
): Promise<StatusReport> {
  const [report] = await statusReports(payload, { locales: [locale], collections })
  return report!
}

function reportFor(loaded: readonly TranslatableDocuments[], locale: Locale): StatusReport {
  const totals = emptyCounts()
  const perCollection: Record<string, Counts> = {}
  const records: StatusRecord[] = []

  for (const { collection, fields, title, docs, publishedLocales } of loaded) {
    const counts = (perCollection[collection] = emptyCounts())
    for (const doc of docs) {
      const status = localeStatus(doc, fields, locale)
      const published = publishedLocales.get(String(doc.id))?.has(locale) ?? false
      for (const bucket of [counts, totals]) {
        bucket[status.state] += 1
        bucket.total += 1
        if (published) bucket.published += 1
      }
      records.push({
        collection,
        id: doc.id,
        title: title(doc, locale),
        published,
        ...status,
      })
    }
  }
  for (const counts of [...Object.values(perCollection), totals]) {
    counts.progress =
      counts.total === 0 ? 1 : Math.round((counts.complete / counts.total) * 1000) / 1000
  }
  return { locale, sourceLocale, totals, collections: perCollection, records }
}
