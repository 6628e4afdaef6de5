/**
 * The one place that names cache tags. Cached reads are keyed on locale but tagged without it, so
 * revalidating a tag refreshes every language at once: a shared field, or a translation another
 * locale falls back to, changes what all of them show.
 */

import type { ContentCollection, SiteGlobal } from '@/domain/contentCollections'

export const cacheTags = {
  /** Every read that lists, searches or embeds records of the collection. */
  collection: (collection: ContentCollection) => `collection:${collection}`,
  /** The read of one record's detail page, by its (shared, unlocalized) slug. */
  document: (collection: ContentCollection, slug: string) => `doc:${collection}:${slug}`,
  global: (slug: SiteGlobal) => `global:${slug}`,
}

type Versioned = { slug?: unknown; _status?: unknown } | null | undefined

/**
 * The tags a change to a record makes stale: its collection (lists, home, search, sitemap, feeds
 * and pages that embed it) and its detail page under the old and the new slug. A save that leaves
 * the public version untouched (a draft of a never-published record) changes nothing public.
 */
export function tagsForChange(
  collection: ContentCollection,
  doc: Versioned,
  previousDoc?: Versioned,
): string[] {
  const wasPublic = previousDoc?._status === 'published'
  const isPublic = doc?._status === 'published'
  if (!wasPublic && !isPublic) return []
  return tagsForRecord(collection, doc, previousDoc)
}

/** Every page that may show the record, under its slug now and before. */
export function tagsForRecord(
  collection: ContentCollection,
  doc: Versioned,
  previousDoc?: Versioned,
): string[] {
  const slugs = new Set(
    [doc?.slug, previousDoc?.slug].filter(
      (slug): slug is string => typeof slug === 'string' && slug !== '',
    ),
  )
  return [
    cacheTags.collection(collection),
    ...[...slugs].map((slug) => cacheTags.document(collection, slug)),
  ]
}

/** A deleted record leaves every page that showed it. */
export function tagsForDelete(collection: ContentCollection, doc: Versioned): string[] {
  const slug =
    typeof doc?.slug === 'string' && doc.slug !== ''
      ? [cacheTags.document(collection, doc.slug)]
      : []
  return [cacheTags.collection(collection), ...slug]
}
