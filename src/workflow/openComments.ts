import type { Payload } from 'payload'

import type { AccessUser } from '@/access/roles'
import { locales, type Locale } from '@/i18n/locales'

import { commentCollection } from './commentSlug'

export type OpenThread = {
  id: number | string
  collection: string
  recordId: string
  field: string
  body: string
  createdAt: string
}

/**
 * The unresolved threads (their first comments) this user may read, per locale, newest first:
 * what the dashboard lists. Read with the user's own access, so a translator sees their locales only.
 */
export async function openCommentsPerLocale(
  payload: Payload,
  user: AccessUser,
): Promise<Record<Locale, OpenThread[]>> {
  const { docs } = await payload.find({
    collection: commentCollection,
    where: { and: [{ resolved: { not_equals: true } }, { thread: { exists: false } }] },
    sort: '-createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: user as never,
  })
  const perLocale = Object.fromEntries(locales.map((code) => [code, []])) as unknown as Record<
    Locale,
    OpenThread[]
  >
  for (const doc of docs) {
    perLocale[doc.locale as Locale]?.push({
      id: doc.id,
      collection: doc.collection,
      recordId: doc.recordId,
      field: doc.field,
      body: doc.body,
      createdAt: doc.createdAt,
    })
  }
  return perLocale
}
