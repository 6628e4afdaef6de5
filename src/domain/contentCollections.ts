/**
 * The collections the public site shows and translators translate, in the order editors meet
 * them. The admin, the cache tags, the URL paths, search, the translation report and XLIFF all
 * read this list; `collections/` builds one config per entry with `contentCollection()`.
 */
export const contentCollections = ['milestones', 'events', 'enterprises', 'platforms'] as const
export type ContentCollection = (typeof contentCollections)[number]

export function isContentCollection(slug: string): slug is ContentCollection {
  return (contentCollections as readonly string[]).includes(slug)
}

/** The globals the public site shows. */
export const siteGlobals = ['key-figures', 'site-settings'] as const
export type SiteGlobal = (typeof siteGlobals)[number]

export function isSiteGlobal(slug: string): slug is SiteGlobal {
  return (siteGlobals as readonly string[]).includes(slug)
}
