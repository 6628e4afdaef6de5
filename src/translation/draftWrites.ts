import type { CollectionSlug, PayloadRequest } from 'payload'

import { holdDocument } from '@/db/documentLocks'
import { forgetStoredDraft } from '@/db/storedDraft'
import type { Locale } from '@/i18n/locales'
import { hasContent } from '@/lib/localized'

import type { TranslatedSlug } from './records'

import { recordIdFrom } from './recordId'
import {
  translationSourcesFieldName,
  updatedSources,
  type TranslationSources,
} from './sourceTracking'

/** New text for some translatable fields of one record, with the source fingerprint each was made from. */
export type DraftWrite = {
  collection: TranslatedSlug
  id: string
  data: Record<string, unknown>
  prints: Record<string, string>
  /**
   * Write a field only if it is still empty in the locale when the record is held: machine
   * pre-translation fills gaps and must not replace text a person saved while it waited.
   */
  fillOnly?: boolean
}

type Version = Record<string, unknown>

/**
 * Saves translations as the next draft of many records at once, inside the caller's transaction:
 * the XLIFF import. A draft save through Payload's update costs six queries per record (three of
 * them reads that PostgreSQL plans afresh each time), so an import of thousands of records took
 * minutes. This does what that save does for a translation, in bulk: hold every record against
 * concurrent saves, read all their latest drafts in one query, and store each as a new latest
 * version with the target locale's text and provenance replaced.
 *
 * What the ordinary save checks is the import's to check first: the locale is the user's, the
 * fields are translatable (localized text, so no shared value and no publication changes), the
 * source is unchanged. Drafts change no public page, so no cache is revalidated. Payload trims a
 * record's history to its limit on the record's next ordinary save, not here.
 */
export async function saveTranslationDrafts(
  req: PayloadRequest,
  locale: Locale,
  writes: readonly DraftWrite[],
): Promise<void> {
  const { payload } = req
  // Every record first, in one order across all collections: two imports holding overlapping
  // records (one events then platforms, the other platforms then events) cannot wait on each other.
  for (const { collection, id } of inLockOrder(writes))
    await holdDocument(req, collection as CollectionSlug, recordId(req, id))
  for (const [collection, group] of groupByCollection(writes)) {
    const latest = await latestDrafts(req, collection, group)
    const now = new Date().toISOString()

    for (const write of group) {
      const version = latest.get(write.id)
      if (!version) {
        // A record without a draft history (created before drafts were on): the ordinary save.
        await ordinaryDraftSave(req, locale, write)
        continue
      }
      const sources = (version[translationSourcesFieldName] ?? {}) as Partial<
        Record<Locale, TranslationSources>
      >
      const next: Version = { ...version, _status: 'draft', updatedAt: now }
      const texts = Object.entries(write.data).filter(
        ([path]) => !write.fillOnly || !hasContent(localeValue(version[path], locale)),
      )
      if (texts.length === 0) continue
      for (const [path, value] of texts) {
        next[path] = {
          ...((version[path] as Record<string, unknown> | null) ?? {}),
          [locale]: value,
        }
      }
      next[translationSourcesFieldName] = {
        ...sources,
        [locale]: updatedSources(
          sources[locale],
          texts.map(([path, value]) => ({
            path,
            value,
            print: write.prints[path],
          })),
        ),
      }
      delete next.id
      await payload.db.createVersion({
        autosave: false,
        collectionSlug: collection,
        createdAt: now,
        parent: recordId(req, write.id),
        req,
        returning: false,
        updatedAt: now,
        versionData: next as never,
      })
      forgetStoredDraft(req, collection, recordId(req, write.id))
    }
  }
}

function localeValue(stored: unknown, locale: Locale): unknown {
  return stored && typeof stored === 'object'
    ? (stored as Record<string, unknown>)[locale]
    : undefined
}

/** The records of an import in the one order every import takes their locks in. */
export function inLockOrder(
  writes: readonly Pick<DraftWrite, 'collection' | 'id'>[],
): { collection: TranslatedSlug; id: string }[] {
  const key = ({ collection, id }: { collection: string; id: string }) => `${collection}/${id}`
  const unique = new Map(
    writes.map(({ collection, id }) => [key({ collection, id }), { collection, id }]),
  )
  return [...unique.keys()].sort().map((k) => unique.get(k)!)
}

function groupByCollection(writes: readonly DraftWrite[]): Map<CollectionSlug, DraftWrite[]> {
  const groups = new Map<CollectionSlug, DraftWrite[]>()
  for (const write of writes) {
    const collection = write.collection as CollectionSlug
    const group = groups.get(collection) ?? []
    group.push(write)
    groups.set(collection, group)
  }
  return groups
}

/** The import has found every record it writes, so each id it read from the file is a valid one. */
function recordId(req: PayloadRequest, id: string): string | number {
  return recordIdFrom(req.payload, id)!
}

async function ordinaryDraftSave(
  req: PayloadRequest,
  locale: Locale,
  write: DraftWrite,
): Promise<void> {
  await req.payload.update({
    collection: write.collection as CollectionSlug,
    id: write.id,
    locale,
    draft: true,
    depth: 0,
    data: { ...write.data, _status: 'draft' } as never,
    user: req.user,
    overrideAccess: false,
    context: { sourceFingerprints: write.prints },
    req,
  })
}

/** Any checked change of one record's latest draft: `next` builds the new draft from it. */
export type DraftChange = {
  collection: CollectionSlug
  id: string
  next: (latest: Version, now: string) => Version
}

/**
 * The bulk draft write above for changes other than one locale's translations (the spreadsheet
 * import: shared fields and several locales at once), inside the caller's transaction: every
 * record held in the one lock order, their latest drafts read in one query per collection, each
 * stored as a new latest version. The caller has checked what Payload's save would (access per
 * locale, values, provenance); this only writes. Returns the changes whose record has no draft
 * history to build on: those need the ordinary save.
 */
export async function saveDraftVersions(
  req: PayloadRequest,
  changes: readonly DraftChange[],
): Promise<DraftChange[]> {
  const { payload } = req
  const withoutHistory: DraftChange[] = []
  for (const { collection, id } of inLockOrder(
    changes.map(({ collection, id }) => ({ collection: collection as TranslatedSlug, id })),
  ))
    await holdDocument(req, collection as CollectionSlug, recordId(req, id))
  const groups = new Map<CollectionSlug, DraftChange[]>()
  for (const change of changes) {
    const group = groups.get(change.collection) ?? []
    group.push(change)
    groups.set(change.collection, group)
  }
  for (const [collection, group] of groups) {
    const latest = await latestDrafts(req, collection, group)
    const now = new Date().toISOString()
    for (const change of group) {
      const version = latest.get(change.id)
      if (!version) {
        withoutHistory.push(change)
        continue
      }
      const next: Version = { ...change.next(version, now), _status: 'draft', updatedAt: now }
      delete next.id
      await payload.db.createVersion({
        autosave: false,
        collectionSlug: collection,
        createdAt: now,
        parent: recordId(req, change.id),
        req,
        returning: false,
        updatedAt: now,
        versionData: next as never,
      })
      forgetStoredDraft(req, collection, recordId(req, change.id))
    }
  }
  return withoutHistory
}

/** The latest version of each record, every locale, in one read: id → its version's data. */
async function latestDrafts(
  req: PayloadRequest,
  collection: CollectionSlug,
  records: readonly { id: string }[],
): Promise<Map<string, Version>> {
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: {
      and: [
        { parent: { in: records.map((record) => recordId(req, record.id)) } },
        { latest: { equals: true } },
      ],
    },
    locale: 'all',
    pagination: false,
    limit: 0,
    req,
  })
  return new Map(docs.map((doc) => [String(doc.parent), doc.version as Version]))
}
