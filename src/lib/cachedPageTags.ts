/**
 * The entity tags of the public pages Next caches whole (home, platform list, detail pages), so
 * that a browser revalidating one gets `304 Not Modified`.
 *
 * Next serves those pages from its cache without running their route handler, and sends a cached
 * route handler's response as it is: no 304 (only App Router *pages* get that from Next). So the
 * handler notes each page it renders for the cache here, and the proxy, which sees every
 * conditional request first, answers 304 when the tag the browser holds is still the page's.
 *
 * A note is trusted only as long as Next's own copy is: until the route's `revalidate` time, and
 * not after any publish (the revalidation hook calls `forgetCachedPages`; a render that began
 * before that publish is not noted). When in doubt the request goes on to Next, which answers 200
 * with the page and its tag, so a wrong note can cost a 200, never a stale page. The notes live
 * in this process's memory, like Next's page cache (`isrFlushToDisk: false`); on `globalThis`,
 * because the proxy, the page routes and Payload's hooks are separate bundles of one process.
 */
export type CachedPage = {
  etag: string
  /** The headers a 304 repeats: the 200's, without the body's type. */
  headers: Record<string, string>
  freshUntil: number
}

type Notes = { pages: Map<string, CachedPage>; generation: number }

const notesKey = Symbol.for('taicang.cachedPageTags')
// Wrong URLs are 404s and never noted, so this bounds only the real pages (a few hundred).
const maxPages = 5000

function notes(): Notes {
  const global = globalThis as { [notesKey]?: Notes }
  return (global[notesKey] ??= { pages: new Map(), generation: 0 })
}

/** Taken before a render starts: a publish during the render makes its note void. */
export function renderGeneration(): number {
  return notes().generation
}

export function noteCachedPage(path: string, page: CachedPage, generation: number): void {
  const { pages, generation: current } = notes()
  if (generation !== current) return
  pages.delete(path)
  if (pages.size >= maxPages) pages.delete(pages.keys().next().value!)
  pages.set(path, page)
}

/** The noted page at this path, if Next's cached copy is still the one noted. */
export function cachedPage(path: string, now = Date.now()): CachedPage | null {
  const page = notes().pages.get(path)
  return page && now < page.freshUntil ? page : null
}

/** After a publish: every cached page may have changed. */
export function forgetCachedPages(): void {
  const current = notes()
  current.pages.clear()
  current.generation += 1
}
