import { getDefaultValue, type CollectionSlug, type PayloadRequest } from 'payload'

import { ClientError } from '@/http/clientError'
import { locales, sourceLocale, type Locale } from '@/i18n/locales'
import { saveDraftVersions, type DraftChange } from '@/translation/draftWrites'
import { fingerprint, sourcePrint } from '@/translation/fingerprint'
import { publishedFieldName } from '@/translation/publishing'
import {
  translationSourcesFieldName,
  updatedSources,
  type TranslationSources,
} from '@/translation/sourceTracking'
import { textsOf, translatableFields, valueAt } from '@/translation/translatableFields'

import type { RowWrite } from './plan'

type Doc = Record<string, unknown>

/**
 * The sheet's rows written as drafts in bulk, beside Payload's save rather than through it: a new
 * row through `payload.create` and two locale updates cost 240 ms, so 5,000 rows took 20 minutes.
 * What that save would check, the dry run has checked (src/sheet/plan.ts): the translator's
 * locales, each cell against its field's validator, references, required fields of a new record,
 * unique slugs. What its hooks would write is written here the same way: every locale's values,
 * the fields' defaults, the translations' provenance (src/translation/sourceTracking.ts), a draft
 * status with no locale published. tests/int/sheetBulkWrites.test.ts compares the result with
 * the ordinary saves'. Drafts change no public page, so no cache is revalidated.
 */

/** The names of the collection's top-level localized fields: the sheet's columns are top-level. */
function localizedFields(req: PayloadRequest, collection: CollectionSlug): Set<string> {
  return new Set(
    req.payload.collections[collection].config.flattenedFields
      .filter((field) => 'localized' in field && field.localized)
      .map((field) => field.name),
  )
}

/**
 * `draft` (every locale) with the row's values: a localized value into its locale, a shared one
 * whole. Each locale the row saves reads as unpublished in the new draft, as after a draft save of
 * it in the admin (recordPublication leaves the flag to its default): the draft differs from what
 * is public.
 */
function withRowValues(draft: Doc, write: RowWrite, localized: Set<string>): Doc {
  const next: Doc = { ...draft }
  for (const [locale, values] of write.data) {
    next[publishedFieldName] = {
      ...((next[publishedFieldName] as Doc | null | undefined) ?? {}),
      [locale]: false,
    }
    for (const [field, value] of Object.entries(values)) {
      next[field] = localized.has(field)
        ? { ...((next[field] as Doc | null | undefined) ?? {}), [locale]: value }
        : value
    }
  }
  return next
}

/** One locale's view of a record stored with every locale. */
function inLocale(doc: Doc, locale: Locale, localized: Set<string>): Doc {
  return Object.fromEntries(
    Object.entries(doc).map(([field, value]) => [
      field,
      localized.has(field) ? (value as Doc | null | undefined)?.[locale] : value,
    ]),
  )
}

/**
 * The provenance a translator's save records (recordTranslationSources), for every locale the row
 * changes but the source: each translation whose text changed was made from the source as it now
 * stands, the row's new source text included (the ordinary import saves the source locale first).
 */
function withSources(
  req: PayloadRequest,
  collection: CollectionSlug,
  before: Doc,
  after: Doc,
  write: RowWrite,
  localized: Set<string>,
): Doc {
  const fields = translatableFields(req.payload.collections[collection].config.fields)
  const source = inLocale(after, sourceLocale, localized)
  const sources = { ...((before[translationSourcesFieldName] as Doc | null | undefined) ?? {}) }
  for (const locale of write.data.keys()) {
    if (locale === sourceLocale) continue
    const [was, now] = [inLocale(before, locale, localized), inLocale(after, locale, localized)]
    const changed = textsOf(now, fields).filter(
      ({ path }) => fingerprint(valueAt(now, path)) !== fingerprint(valueAt(was, path)),
    )
    if (changed.length === 0) continue
    sources[locale] = updatedSources(
      sources[locale] as TranslationSources | undefined,
      changed.map(({ path }) => ({
        path,
        value: valueAt(now, path),
        print: sourcePrint(valueAt(source, path)),
      })),
    )
  }
  return { ...after, [translationSourcesFieldName]: sources }
}

/**
 * New drafts of the rows' changes to existing records, through the XLIFF import's bulk draft write
 * (one read of the latest drafts, one version per record, locks in the one global order). Returns
 * the rows whose record has no draft history: those are saved the ordinary way.
 */
export async function updateDrafts(
  req: PayloadRequest,
  collection: CollectionSlug,
  writes: readonly RowWrite[],
): Promise<RowWrite[]> {
  const localized = localizedFields(req, collection)
  const byId = new Map(writes.map((write) => [String(write.id), write]))
  const changes: DraftChange[] = writes.map((write) => ({
    collection,
    id: String(write.id),
    next: (latest) =>
      withSources(
        req,
        collection,
        latest,
        withRowValues(latest, write, localized),
        write,
        localized,
      ),
  }))
  const left = await saveDraftVersions(req, changes)
  return left.map((change) => byId.get(change.id)!)
}

/** Every field's default where the row leaves it empty, in every locale for a localized one. */
async function defaults(req: PayloadRequest, collection: CollectionSlug): Promise<Doc> {
  const doc: Doc = {}
  for (const field of req.payload.collections[collection].config.flattenedFields) {
    if (!('defaultValue' in field) || field.defaultValue === undefined) continue
    const valueIn = (locale: Locale) =>
      getDefaultValue({
        defaultValue: field.defaultValue,
        locale,
        req,
        user: req.user ?? undefined,
        value: undefined,
      } as never)
    doc[field.name] =
      'localized' in field && field.localized
        ? Object.fromEntries(
            await Promise.all(locales.map(async (locale) => [locale, await valueIn(locale)])),
          )
        : await valueIn(sourceLocale)
  }
  return doc
}

/**
 * New records for the rows, each a draft: the record and its first version, as `payload.create`
 * with `draft: true` stores them, with every locale of the row in one write. Only editors create
 * (the collection's create access, asked once for the import).
 */
export async function createDrafts(
  req: PayloadRequest,
  collection: CollectionSlug,
  writes: readonly RowWrite[],
): Promise<void> {
  if (writes.length === 0) return
  const { payload } = req
  const access = payload.collections[collection].config.access.create
  if (!(await access({ req, data: {} } as never)))
    throw new ClientError(403, `You may not create ${collection}.`)
  const localized = localizedFields(req, collection)
  const base = await defaults(req, collection)
  for (const write of writes) {
    const now = new Date().toISOString()
    const values = withRowValues(base, write, localized)
    const data = {
      ...withSources(req, collection, base, values, write, localized),
      _status: 'draft',
      createdAt: now,
      updatedAt: now,
    }
    // Only the id back: the adapter's read of the whole new record is a third of the write.
    const created = await payload.db.create({ collection, data, req, select: { id: true } })
    await payload.db.createVersion({
      autosave: false,
      collectionSlug: collection,
      createdAt: now,
      parent: created.id as number | string,
      req,
      returning: false,
      updatedAt: now,
      versionData: data as never,
    })
  }
}
