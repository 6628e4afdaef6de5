import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  GlobalAfterChangeHook,
  Payload,
} from 'payload'

import { isContentCollection, isSiteGlobal } from '@/domain/contentCollections'
import { cacheTags, tagsForChange, tagsForDelete, tagsForRecord } from '@/lib/cacheTags'
import { forgetCachedPages } from '@/lib/cachedPageTags'

/**
 * Expires the public site's cached reads for the given tags, in every locale at once (tags carry no
 * locale). `expire: 0` rather than the stale-while-revalidate `'max'`: an editor who publishes
 * expects the next visitor, not the one after, to see it.
 *
 * Only a Next.js server has a cache to expire. The seed and other scripts run Payload outside Next
 * (and set `context.disableRevalidate`); so do the integration tests.
 */
async function revalidate(tags: string[], payload: Payload): Promise<void> {
  if (tags.length === 0 || !process.env.NEXT_RUNTIME) return
  // Imported here so that configs loaded outside Next (jest, `payload run`) never load Next's server code.
  const { revalidateTag } = await import('next/cache')
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  // The proxy's 304s vouch for cached pages; after a publish none is vouched for until re-rendered.
  forgetCachedPages()
  payload.logger.debug(`revalidated ${tags.join(', ')}`)
}

/** After a save: publishing, unpublishing or editing a published record refreshes the pages that show it. */
export const revalidateAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  context,
  req,
}) => {
  if (context.disableRevalidate || !isContentCollection(collection.slug)) return doc
  // A save that was not a draft wrote the published document, whatever the statuses say: after a
  // per-locale publish Payload keeps a draft snapshot as the latest version, so `previousDoc` of
  // the next unpublish reads as a draft although the record was public.
  const tags =
    context.draftSave === false
      ? tagsForRecord(collection.slug, doc, previousDoc)
      : tagsForChange(collection.slug, doc, previousDoc)
  await revalidate(tags, req.payload)
  return doc
}

/** Notes whether a save is a draft (invisible to the public) for the revalidation hook above. */
export const noteDraftSaves: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update')
    req.context.draftSave = Boolean((args as { draft?: boolean }).draft)
  return args
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  context,
  req,
}) => {
  if (context.disableRevalidate || !isContentCollection(collection.slug)) return doc
  await revalidate(tagsForDelete(collection.slug, doc), req.payload)
  return doc
}

/** Globals have no drafts: every save is public (key figures on the home page, the site name everywhere). */
export const revalidateGlobalAfterChange: GlobalAfterChangeHook = async ({
  global,
  doc,
  context,
  req,
}) => {
  if (context.disableRevalidate || !isSiteGlobal(global.slug)) return doc
  await revalidate([cacheTags.global(global.slug)], req.payload)
  return doc
}
