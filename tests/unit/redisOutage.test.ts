import { jest } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import net from 'node:net'

import { createClient } from 'redis'

import { localRedisUrl as redisUrl, redisMissing } from '../../scripts/lib/redis.mjs'

/**
 * Issue #11: Redis down during a publish. The instance keeps the tag's expiry and writes it when
 * Redis is back, so the other instances stop serving the page from before the publish. The outage
 * is a relay in front of the real Redis that stops and starts listening: the handler's client
 * sees a closed port, then the real Redis again on the same address.
 */
const missing = await redisMissing()
if (missing && process.env.CI === 'true') throw new Error(`${missing}; CI=true requires it.`)
const describeRedis = missing ? describe.skip : describe

type Handler = {
  get(key: string, ctx: object): Promise<{ value: Record<string, unknown> } | null>
  set(key: string, data: object, ctx: object): Promise<void>
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>
}

/** A TCP relay to the real Redis that can stop (refusing connections, cutting open ones) and start again. */
function relay(target: URL) {
  const sockets = new Set<net.Socket>()
  let server: net.Server | undefined
  let port = 0
  const start = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 6379), target.hostname)
        for (const socket of [client, upstream]) {
          sockets.add(socket)
          socket.on('close', () => sockets.delete(socket))
          socket.on('error', () => socket.destroy())
        }
        client.pipe(upstream).pipe(client)
      })
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port
        resolve()
      })
    })
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy()
      if (server) server.close(() => resolve())
      else resolve()
    })
  return { start, stop, url: () => `redis://127.0.0.1:${port}` }
}

const waitFor = async (check: () => Promise<boolean>, ms = 15_000) => {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`Not true within ${ms} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describeRedis(
  `tag expiries during a Redis outage${missing ? ` [skipped: ${missing}]` : ''}`,
  () => {
    const proxy = relay(new URL(redisUrl))
    // The other instances: they read Redis directly, through a client of their own.
    const other = createClient({ url: redisUrl })
    let handler: Handler
    let maxPendingTags: number
    const page = (body: string, tags: string) => ({
      kind: 'APP_ROUTE',
      status: 200,
      body: Buffer.from(body),
      headers: { 'content-type': 'text/html', 'x-next-cache-tags': tags },
    })
    const bodyOf = async (key: string) => {
      const entry = await handler.get(key, { kind: 'APP_ROUTE' })
      return entry ? (entry.value.body as Buffer).toString() : null
    }
    const tick = () => new Promise((resolve) => setTimeout(resolve, 5))
    const errors = jest.spyOn(console, 'error')
    const warnings = jest.spyOn(console, 'warn')

    beforeAll(async () => {
      errors.mockImplementation(() => {})
      warnings.mockImplementation(() => {})
      await proxy.start()
      await other.connect()
      process.env.REDIS_URL = proxy.url()
      process.env.DATABASE_URI = `file:/tmp/cache-outage-${randomBytes(6).toString('hex')}.db`
      const cacheModule = (await import('@/lib/redisCacheHandler.mjs')) as {
        default: new (ctx: object) => Handler
        maxPendingTags: number
      }
      maxPendingTags = cacheModule.maxPendingTags
      handler = new cacheModule.default({ serverDistDir: '/nowhere/server', revalidatedTags: [] })
    })
    afterAll(async () => {
      await other.close()
      await proxy.stop()
      errors.mockRestore()
      warnings.mockRestore()
    })

    /** The entry as the other instances see it: fresh unless a tag expired after it was rendered. */
    const staleForOthers = async (key: string, tags: string[]) => {
      const keys = await other.keys('taicang-cms:next:dev:*:entry:' + key)
      const stored = await other.get(keys[0]!)
      const { lastModified } = JSON.parse(stored!) as { lastModified: number }
      const tagsKey = keys[0]!.replace(/entry:.*$/, 'tags')
      const expired = await other.hmGet(tagsKey, [...tags, '*'])
      return expired.some((at) => at !== null && Number(at) >= lastModified)
    }

    it('writes the expiry of a publish made while Redis was down once it is back', async () => {
      const key = `/de/platforms/outage-${randomBytes(4).toString('hex')}`
      const tag = `doc:platforms:${randomBytes(4).toString('hex')}`
      await handler.set(key, page('alt', tag), { cacheControl: { revalidate: 86400 } })
      expect(await bodyOf(key)).toBe('alt')
      await tick()

      await proxy.stop()
      await handler.revalidateTag([tag], { expire: 0 })
      expect(errors).toHaveBeenCalledWith(expect.stringContaining(tag), expect.anything())
      // Meanwhile the other instances still see the old page as fresh: the expiry is not lost, only late.
      expect(await staleForOthers(key, [tag])).toBe(false)

      await proxy.start()
      await waitFor(() => staleForOthers(key, [tag]))
      expect(await bodyOf(key)).toBeNull()
    }, 30_000)

    it('keeps at most a bounded number of tags, then expires everything rendered before', async () => {
      const key = `/de/events/outage-${randomBytes(4).toString('hex')}`
      const tag = `doc:events:${randomBytes(4).toString('hex')}`
      await handler.set(key, page('alt', tag), { cacheControl: { revalidate: 86400 } })
      await tick()

      await proxy.stop()
      const many = Array.from({ length: maxPendingTags + 1 }, (_, i) => `doc:milestones:m${i}`)
      await handler.revalidateTag(many, { expire: 0 })
      await proxy.start()
      // Not one of the tags named, yet older than the publishes that were not written one by one.
      await waitFor(() => staleForOthers(key, [tag]))
      const fields = await other.hLen(
        (await other.keys('taicang-cms:next:dev:*:entry:' + key))[0]!.replace(/entry:.*$/, 'tags'),
      )
      expect(fields).toBeLessThan(maxPendingTags)
    }, 30_000)
  },
)
