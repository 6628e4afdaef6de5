import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest } from 'payload'

type Doc = Record<string, unknown>

/** The reads of one request, by `collection/id/locale`. */
export type StoredDrafts = Map<string, Promise<Doc>>

const keyOf = (collection: string, id: number | string, locale: string | undefined) =>
  `${collection}/${id}/${locale ?? ''}`

/**
 * The latest draft of a document in one locale (no fallback), as stored: what a translator's form
 * was filled from, and what the save steps compare it with. A save asked for it in three or four
 * steps (the stale-value check, the refusal, update access, provenance), each a read of its own;
 * it is read once per request now, after the save holds the document (src/db/documentLocks.ts),
 * and forgotten when a save of the document has written it (forgetStoredDraft).
 */
export function storedDraft(
  req: PayloadRequest,
  collection: string,
  id: number | string,
  locale: string | undefined,
): Promise<Doc> {
  const drafts = (req.context.storedDrafts ??= new Map())
  const key = keyOf(collection, id, locale)
  const known = drafts.get(key)
  if (known) return known
  const read = req.payload
    .findByID({
      collection: collection as CollectionSlug,
      id,
      depth: 0,
      draft: true,
      locale: locale as 'all' | undefined,
      fallbackLocale: false,
      overrideAccess: true,
      // A copy: the Local API sets its locale options on the request it is given, and the request
      // being handled must go on in its own locale (the transaction is kept).
      req: { ...req },
    })
    .then((doc) => doc as unknown as Doc)
  drafts.set(key, read)
  // A failed read is not remembered: the next step asks again.
  read.catch(() => drafts.delete(key))
  return read
}

/** After a save of the document (or a bulk write of its draft): the next read is of what it stored. */
export function forgetStoredDraft(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): void {
  const drafts = req.context.storedDrafts
  if (!drafts) return
  const prefix = keyOf(collection, id, '')
  for (const key of drafts.keys()) if (key.startsWith(prefix)) drafts.delete(key)
}

/** The hook form, first after every save of a collection whose steps read storedDraft. */
export const forgetSavedDraft: CollectionAfterChangeHook = ({ collection, doc, req }) => {
  forgetStoredDraft(req, collection.slug, doc.id as number | string)
  return doc
}
