import type { CollectionSlug, Payload } from 'payload'

import { locales, type Locale } from '@/i18n/locales'

import { describe } from './records'
import { loadDraftTexts } from './report'
import { localeStatus } from './status'

export type RecordId = number | string

type Remembered = { stamp: string; needing: ReadonlyMap<Locale, readonly RecordId[]> }

/**
 * Per Payload instance (tests boot several, each on its own database) and collection, the ids
 * needing translation in every locale and the stamp of the drafts they were computed from.
 */
const remembered = new WeakMap<Payload, Map<CollectionSlug, Remembered>>()

/**
 * What changes whenever a record's status can change: the number of stored versions (or records,
 * without drafts) and the time of the latest one. Every save (a translator's draft, a source edit, a
 * publish, a bulk draft write, a create) stores one with a new `updatedAt`; a delete removes the
 * record's. A one-row read, where the status itself reads every record's texts in every locale; read
 * from the database, not kept in memory, so a save on another server instance counts too.
 */
async function draftsStamp(payload: Payload, collection: CollectionSlug): Promise<string> {
  const query = { collection, depth: 0, limit: 1, sort: '-updatedAt', overrideAccess: true }
  const { totalDocs, docs } = describe(payload, collection).hasDrafts
    ? await payload.findVersions(query)
    : await payload.find(query)
  const updatedAt = docs[0] && 'updatedAt' in docs[0] ? docs[0].updatedAt : ''
  return `${totalDocs}@${updatedAt}`
}

async function computeNeedingWork(
  payload: Payload,
  collection: CollectionSlug,
): Promise<Map<Locale, RecordId[]>> {
  const { fields, docs } = await loadDraftTexts(payload, collection)
  return new Map(
    locales.map((locale) => [
      locale,
      docs
        .filter((doc) => localeStatus(doc, fields, locale).state !== 'complete')
        .map((doc) => doc.id),
    ]),
  )
}

/**
 * The ids of a collection's records that are missing or outdated in each of `wanted`: what the
 * admin list's "needs translation" links filter by. The list renders on every visit, so the answer
 * is kept until the collection's drafts change rather than recomputed from every record's texts.
 */
export async function recordsNeedingWork(
  payload: Payload,
  collection: CollectionSlug,
  wanted: readonly Locale[],
): Promise<Map<Locale, readonly RecordId[]>> {
  // The stamp is read before the records: a save in between makes the kept answer newer than its
  // stamp, which only costs one recomputation, never a stale list.
  const stamp = await draftsStamp(payload, collection)
  let perCollection = remembered.get(payload)
  if (!perCollection) remembered.set(payload, (perCollection = new Map()))
  let kept = perCollection.get(collection)
  if (kept?.stamp !== stamp) {
    kept = { stamp, needing: await computeNeedingWork(payload, collection) }
    perCollection.set(collection, kept)
  }
  const { needing } = kept
  return new Map(wanted.map((locale) => [locale, needing.get(locale) ?? []]))
}
