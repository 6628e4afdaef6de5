import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { draftMode, headers } from 'next/headers'
import { getPayload, type Payload } from 'payload'
import { perRequest } from '@/lib/requestMemo'

import { isStaffUser } from '@/access/roles'
import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'

import type { ContentCollection } from '@/domain/contentCollections'
import { cacheTags } from '@/lib/cacheTags'
import type { ReadDoc, Select } from './allLocales'

/** How a read runs: the public's published view, or a signed-in editor's drafts in draft mode. */
export type ReadMode = { draft: boolean; user: User | null }

const published: ReadMode = { draft: false, user: null }

export const payloadClient = (): Promise<Payload> => getPayload({ config })

/**
 * Draft mode counts only for a signed-in staff member: the cookie alone shows nothing. Reads then
 * run as that user (`overrideAccess: false`), so the collections' own access rules decide.
 */
export const previewMode = perRequest(async (): Promise<ReadMode | null> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && user.collection === 'users' && isStaffUser(user)
    ? { draft: true, user: user as User }
    : null
})

/**
 * A public read through Next's data cache: keyed by `key` (which includes the locale), tagged by
 * entity so a publish revalidates it in every locale. In draft mode it bypasses the cache and reads
 * the editor's drafts.
 */
export async function cachedRead<T>(
  key: readonly (string | number)[],
  tags: string[],
  read: (mode: ReadMode) => Promise<T>,
): Promise<T> {
  const preview = await previewMode()
  if (preview) return read(preview)
  return unstable_cache(() => read(published), key.map(String), { tags })()
}

/** The options every public Local API read shares. */
export function readOptions(mode: ReadMode) {
  return {
    locale: 'all' as const,
    depth: 0,
    draft: mode.draft,
    user: mode.user ?? undefined,
    overrideAccess: false,
  }
}

/**
 * Payload types a read's result as payload-types.ts has it, for one locale; the site reads every
 * locale at once (`readOptions`), which gives each localized field as one value per locale. The one
 * place that converts between the two.
 */
export const inAllLocales = <T>(result: unknown): T => result as T

/** Every record of a collection the read mode may see (published, or an editor's drafts). */
export async function findAll<C extends ContentCollection, S extends Select>(
  collection: C,
  mode: ReadMode,
  select: S,
  sort?: string,
): Promise<ReadDoc<C, S>[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    ...readOptions(mode),
    select,
    limit: 0,
    pagination: false,
    sort,
  })
  return inAllLocales(docs)
}

/** Every published record of a collection, mapped for the reader's locale; tagged by collection. */
export function readAll<C extends ContentCollection, S extends Select, T>(
  collection: C,
  locale: Locale,
  { select, sort }: { select: S; sort?: string },
  map: (raw: ReadDoc<C, S>) => T,
): Promise<T[]> {
  return cachedRead(
    [collection, 'list', locale],
    [cacheTags.collection(collection)],
    async (mode) => (await findAll(collection, mode, select, sort)).map(map),
  )
}

/** The published record with this slug, mapped for the reader's locale, or null; tagged by record. */
export function readBySlug<C extends Exclude<ContentCollection, 'milestones'>, S extends Select, T>(
  collection: C,
  locale: Locale,
  slug: string,
  select: S,
  map: (raw: ReadDoc<C, S>) => T,
): Promise<T | null> {
  return cachedRead(
    [collection, 'doc', slug, locale],
    [cacheTags.document(collection, slug)],
    async (mode) => {
      const payload = await payloadClient()
      const { docs } = await payload.find({
        collection,
        ...readOptions(mode),
        where: { slug: { equals: slug } },
        select,
        limit: 1,
        pagination: false,
      })
      const raw = inAllLocales<ReadDoc<C, S>[]>(docs)[0]
      return raw ? map(raw) : null
    },
  )
}
