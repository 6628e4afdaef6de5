// Next's cache handler (`cacheHandler` in next.config.mjs): where the rendered public pages and the
// data cache's reads (`unstable_cache`, tagged by src/lib/cacheTags.ts) are kept.
//
// With REDIS_URL, in Redis, shared by every app instance: a publish through one instance expires
// the tag for all of them, and a page rendered by one is served by the others. Without it, Next's
// own handler (in memory, per process: `isrFlushToDisk` is off) as before.
//
// Plain JavaScript, not TypeScript: Next imports this file at run time, outside its bundles.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import { createClient } from 'redis'

/** Next's header on a cached response that lists the cache tags its render read. */
const tagsHeader = 'x-next-cache-tags'

// Entries outlive their `revalidate` (Next serves them stale while it renders anew) but not forever:
// a page nobody visits for a month leaves Redis.
const entryTtlSeconds = 30 * 24 * 3600

/**
 * One client per process, shared by every handler: Next makes a handler per request. Commands fail
 * at once while the connection is down (no offline queue): a cache that cannot answer is a miss,
 * and the page is rendered from the database instead of waiting.
 */
function redisClient(url) {
  const key = Symbol.for('taicang-cms.nextCacheRedis')
  const holder =
    /** @type {Record<symbol, { client: ReturnType<typeof createClient>, ready: Promise<unknown> }>} */ (
      globalThis
    )
  if (!holder[key]) {
    const client = createClient({
      url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 2_000,
        reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000),
      },
    })
    client.on('error', (error) => warn('Redis cache unavailable', error))
    // Back after an outage: the expiries of the publishes made meanwhile go out first.
    client.on('ready', () => void writePendingExpiries(client))
    holder[key] = { client, ready: client.connect().catch(() => {}) }
  }
  return holder[key]
}

/**
 * The field of the tags hash that expires every entry rendered before it: written in place of
 * single tags when more were waiting than `maxPendingTags`.
 */
const everyTag = '*'

/** Tags whose expiry is kept while Redis is unreachable; beyond, they fold into `everyTag`. */
export const maxPendingTags = 10_000

/**
 * Tag expiries that could not be written (Redis down during a publish), per process: written when
 * Redis is back, so the other instances do not serve pages older than the publish for good. Each
 * tag keeps its latest time; a long outage with many publishes keeps one time for all (memory
 * stays bounded and nothing is forgotten: every page is rendered anew once).
 */
const pending = /** @type {{ tags: Map<string, number>, namespace: string | null }} */ (
  /** @type {Record<symbol, unknown>} */ (globalThis)[Symbol.for('taicang-cms.pendingExpiries')] ??=
    { tags: new Map(), namespace: null }
)

function keepPending(expiries) {
  for (const [tag, at] of Object.entries(expiries))
    pending.tags.set(tag, Math.max(at, pending.tags.get(tag) ?? 0))
  if (pending.tags.size > maxPendingTags) {
    const latest = Math.max(...pending.tags.values())
    pending.tags.clear()
    pending.tags.set(everyTag, latest)
  }
}

/**
 * Writes `expiries` (tag → ms) and every pending one together; what fails stays pending, so a
 * later publish or the reconnection writes it. True when written.
 */
async function writeExpiries(client, expiries) {
  const all = { ...expiries }
  for (const [tag, at] of pending.tags) all[tag] = Math.max(at, all[tag] ?? 0)
  // The namespace is known once Next has made a handler, before any publish.
  if (Object.keys(all).length === 0 || !pending.namespace) return true
  const written = new Map(pending.tags)
  try {
    await client.hSet(`${pending.namespace}tags`, all)
  } catch (error) {
    keepPending(expiries)
    console.error(
      `Could not expire ${Object.keys(all).join(', ')} in the Redis cache; kept to write when Redis is back`,
      error,
    )
    return false
  }
  // Only what was written leaves: a tag expired again meanwhile keeps its newer time.
  for (const [tag, at] of written) if (pending.tags.get(tag) === at) pending.tags.delete(tag)
  return true
}

function writePendingExpiries(client) {
  return pending.tags.size > 0 ? writeExpiries(client, {}) : Promise.resolve(true)
}

/** Pending expiries count for this instance's own reads too: its Redis may be back before it wrote. */
function pendingExpiryOf(tag) {
  return Math.max(pending.tags.get(tag) ?? 0, pending.tags.get(everyTag) ?? 0)
}

let lastWarning = 0
/** At most one line a minute: an unreachable Redis would otherwise log on every request. */
function warn(message, error) {
  if (Date.now() - lastWarning < 60_000) return
  lastWarning = Date.now()
  console.warn(`${message}: ${error instanceof Error ? error.message : String(error)}`)
}

/**
 * Where one deployment's entries live: its build (another build's pages link to scripts and styles
 * this one lacks) and its database (instances on another database, a staging site or a test server
 * sharing the Redis, show other content).
 */
function namespaceOf(serverDistDir) {
  let build = 'dev'
  try {
    build = fs.readFileSync(path.join(serverDistDir ?? '.next/server', '..', 'BUILD_ID'), 'utf8')
  } catch {
    // `next dev` has no build id; its entries are as short-lived as the dev server.
  }
  const database = createHash('sha256')
    .update(process.env.DATABASE_URI ?? '')
    .digest('hex')
    .slice(0, 16)
  return `taicang-cms:next:${build.trim()}:${database}:`
}

// Buffers (route bodies, RSC data) and Maps (segment data) do not survive JSON as they are.
function replacer(key, value) {
  const raw = this[key]
  if (Buffer.isBuffer(raw)) return { $buffer: raw.toString('base64') }
  if (raw instanceof Map) return { $map: [...raw] }
  return value
}
function reviver(_key, value) {
  if (value && typeof value === 'object') {
    if (typeof value.$buffer === 'string') return Buffer.from(value.$buffer, 'base64')
    if (Array.isArray(value.$map)) return new Map(value.$map)
  }
  return value
}

/** The tags an entry was rendered with: a data read's from Next's context, a page's from its header. */
function tagsOf(entry, ctx) {
  if (entry.value?.kind === 'FETCH')
    return [...(ctx.tags ?? []), ...(ctx.softTags ?? []), ...(entry.value.tags ?? [])]
  const header = entry.value?.headers?.[tagsHeader]
  return typeof header === 'string' && header !== '' ? header.split(',') : []
}

let namespace

class RedisCacheHandler {
  constructor(ctx) {
    this.redis = redisClient(process.env.REDIS_URL)
    // Next makes a handler per request: read the build id once.
    const prefix = (namespace ??= namespaceOf(ctx.serverDistDir))
    pending.namespace ??= prefix
    this.entryKey = (key) => `${prefix}entry:${key}`
    /** A hash: tag → when it expired (ms), written by revalidateTag on any instance. */
    this.tagsKey = `${prefix}tags`
  }

  async get(key, ctx) {
    try {
      await this.redis.ready
      const stored = await this.redis.client.get(this.entryKey(key))
      if (stored === null) return null
      const entry = JSON.parse(stored, reviver)
      const tags = [...new Set(tagsOf(entry, ctx))]
      if (tags.length > 0) {
        const expiredAt = await this.redis.client.hmGet(this.tagsKey, [...tags, everyTag])
        const now = Date.now()
        // Expired at or after the render (`>=`: a render in the same millisecond may have read
        // the old content) and not in the future: render anew, before answering.
        const expired = [...expiredAt, ...tags.map(pendingExpiryOf)].some(
          (at) => at !== null && Number(at) >= entry.lastModified && Number(at) <= now,
        )
        if (expired) return null
      }
      return entry
    } catch (error) {
      warn('Redis cache read failed', error)
      return null
    }
  }

  async set(key, data, ctx) {
    const entry = {
      value: data,
      lastModified: Date.now(),
      // The lifetime travels with the entry, so an instance that did not render it serves it right.
      cacheControl: ctx.fetchCache ? undefined : ctx.cacheControl,
    }
    try {
      await this.redis.ready
      await this.redis.client.set(this.entryKey(key), JSON.stringify(entry, replacer), {
        expiration: { type: 'EX', value: entryTtlSeconds },
      })
    } catch (error) {
      warn('Redis cache write failed', error)
    }
  }

  /**
   * Called with `{ expire: 0 }` by src/hooks/revalidate.ts. Without `expire` (stale-while-
   * revalidate) the tag expires at once as well: this site never serves a page older than a publish.
   */
  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags
    if (list.length === 0) return
    const at = Date.now() + (durations?.expire ?? 0) * 1000
    await this.redis.ready
    // Redis down: the other instances would serve the old pages; the expiry waits for its return.
    await writeExpiries(this.redis.client, Object.fromEntries(list.map((tag) => [tag, at])))
  }

  resetRequestCache() {}
}

// Next's default handler, a CommonJS module: Node hands its `exports` over as the default import.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache

export default process.env.REDIS_URL ? RedisCacheHandler : FileSystemCache
