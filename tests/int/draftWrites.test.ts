import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  type CollectionSlug,
  type Payload,
} from 'payload'

import { sourcePrint } from '@/translation/fingerprint'
import { saveTranslationDrafts } from '@/translation/draftWrites'

import { createRecord, type TestUser } from '../helpers/fixtures'
import { updateAs } from '../helpers/localApi'
import { describeDatabase, useTestPayloadWithUsers } from '../helpers/payload'

/** What differs between two records by construction: their ids, slugs and times. */
const incidental = new Set(['id', 'parent', 'slug', 'createdAt', 'updatedAt'])

function withoutIncidentals(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIncidentals)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !incidental.has(key))
      .map(([key, inner]) => [key, withoutIncidentals(inner)]),
  )
}

/**
 * The XLIFF import writes translations as drafts in bulk (src/translation/draftWrites.ts), beside
 * Payload's own save rather than through it: the version it stores must be the one a translator's
 * ordinary draft save of the same text stores, or imported work reads differently afterwards.
 */
describeDatabase('a bulk draft write stores what an ordinary draft save stores', () => {
  let payload: Payload
  let translator: TestUser
  useTestPayloadWithUsers('draftwrites', (app) => ({ payload, translator } = app))

  const latestVersion = async (collection: CollectionSlug, id: number | string) => {
    const { docs } = await payload.findVersions({
      collection,
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 2,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
    })
    return { latest: docs[0], count: docs.length }
  }

  it.each(['events', 'platforms'] as const)(
    'stores the same latest version of %s for the same German text',
    async (collection) => {
      const ordinary = await createRecord(payload, collection)
      const bulk = await createRecord(payload, collection)
      const field = collection === 'events' ? 'title' : 'name'
      const text = collection === 'events' ? 'Forum für innovative Städte' : 'Inkubator Taicang'

      await updateAs(payload, translator, {
        collection,
        id: ordinary.id,
        locale: 'de',
        draft: true,
        depth: 0,
        data: { [field]: text, _status: 'draft' },
      })

      const req = await createLocalReq({ user: translator as never }, payload)
      const started = await initTransaction(req)
      await saveTranslationDrafts(req, 'de', [
        {
          collection,
          id: String(bulk.id),
          data: { [field]: text },
          prints: { [field]: sourcePrint((bulk as unknown as Record<string, unknown>)[field])! },
        },
      ])
      if (started) await commitTransaction(req)

      const [a, b] = await Promise.all([
        latestVersion(collection, ordinary.id),
        latestVersion(collection, bulk.id),
      ])
      // Both are a new draft on top of the published version, with the German text in it.
      expect(b.count).toBe(2)
      expect(
        (b.latest?.version as unknown as Record<string, Record<string, string>>)[field]?.de,
      ).toBe(text)
      expect(withoutIncidentals(b.latest)).toEqual(withoutIncidentals(a.latest))
    },
  )
})
