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
    holder[key] = { client, ready: client.connect().catch(() => {}) }
  }
  return holder[key]
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
        const expiredAt = await this.redis.client.hmGet(this.tagsKey, tags)
        const now = Date.now()
        // Expired at or after the render (`>=`: a render in the same millisecond may have read
        // the old content) and not in the future: render anew, before answering.
        const expired = expiredAt.some(
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
    try {
      await this.redis.ready
      await this.redis.client.hSet(this.tagsKey, Object.fromEntries(list.map((tag) => [tag, at])))
    } catch (error) {
      // Pages of other instances may stay stale until their `revalidate`: say so loudly.
      console.error(`Could not expire ${list.join(', ')} in the Redis cache`, error)
    }
  }

  resetRequestCache() {}
}

// Next's default handler, a CommonJS module: Node hands its `exports` over as the default import.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache

export default process.env.REDIS_URL ? RedisCacheHandler : FileSystemCache
