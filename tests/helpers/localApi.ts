import type { CollectionSlug, Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

import type { TestUser } from './fixtures'

type Save = {
  collection: CollectionSlug
  id: number | string
  locale: Locale
  data: object
  /** As Payload's `draft` option: omitted, a plain save. */
  draft?: boolean
  depth?: number
}

/** A save as `user` through the Local API with access enforced, as the admin or REST API makes it. */
export function updateAs(payload: Payload, user: TestUser, { data, ...save }: Save) {
  return payload.update({ ...save, data: data as never, user, overrideAccess: false })
}

/** One locale of a record as stored, latest draft included: what a translator's form loads. */
export function storedDraft<Slug extends CollectionSlug>(
  payload: Payload,
  collection: Slug,
  id: number | string,
  locale: Locale | 'all',
) {
  return payload.findByID({ collection, id, locale, draft: true, depth: 0, overrideAccess: true })
}

/** A record as the public reads it in one locale, or null where the public may not see it (404). */
export async function publicRead<Slug extends CollectionSlug>(
  payload: Payload,
  collection: Slug,
  id: number | string,
  locale: Locale,
) {
  try {
    return await payload.findByID({ collection, id, locale, depth: 0, overrideAccess: false })
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null
    throw error
  }
}

/**
 * The Local API calls a test makes on one record, bound to it so each reads as one line: saves as a
 * user with access enforced, and the reads that check what they did.
 */
export function onRecord<Slug extends CollectionSlug>(
  payload: Payload,
  collection: Slug,
  id: number | string,
) {
  return {
    /** A save with exactly this data: a plain one unless `draft` (then without a status of its own). */
    saveAs: (user: TestUser, locale: Locale, data: object, options: { draft?: boolean } = {}) =>
      updateAs(payload, user, { collection, id, locale, data, ...options }),
    /** A draft save with the draft status, as the admin's Save Draft sends it. */
    draftAs: (user: TestUser, locale: Locale, data: object) =>
      updateAs(payload, user, {
        collection,
        id,
        locale,
        draft: true,
        data: { ...data, _status: 'draft' },
      }),
    /** The same save as a bulk edit from the admin's list view, which selects the record by `where`. */
    bulkSaveAs: (user: TestUser, locale: Locale, data: object) =>
      payload.update({
        collection,
        where: { id: { equals: id } },
        locale,
        data: data as never,
        user,
        overrideAccess: false,
      }),
    /** A save by the system (access overridden), to set a record up. */
    systemSave: (locale: Locale, data: object, options: { draft?: boolean } = {}) =>
      payload.update({
        collection,
        id,
        locale,
        ...options,
        data: data as never,
        overrideAccess: true,
      }),
    stored: (locale: Locale | 'all') => storedDraft(payload, collection, id, locale),
    publicRead: (locale: Locale) => publicRead(payload, collection, id, locale),
  }
}
