import { randomBytes } from 'node:crypto'

import { localRedisUrl as redisUrl, redisMissing } from '../../scripts/lib/redis.mjs'

/**
 * Next's cache on Redis, as two app instances use it: each has its own handler object (Next makes
 * one per request), the only thing they share is Redis. Needs Redis (REDIS_URL or 127.0.0.1:6379);
 * the end-to-end version with two servers and nginx is tests/http/scaleOut.test.ts.
 */
const missing = await redisMissing()
if (missing && process.env.CI === 'true') throw new Error(`${missing}; CI=true requires it.`)
const describeRedis = missing ? describe.skip : describe

type Handler = {
  get(key: string, ctx: object): Promise<{ value: Record<string, unknown> } | null>
  set(key: string, data: object, ctx: object): Promise<void>
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>
}

describeRedis(
  `the page cache shared through Redis${missing ? ` [skipped: ${missing}]` : ''}`,
  () => {
    let instances: [Handler, Handler]

    beforeAll(async () => {
      process.env.REDIS_URL = redisUrl
      // A database of its own: these entries never meet another run's.
      process.env.DATABASE_URI = `file:/tmp/cache-test-${randomBytes(6).toString('hex')}.db`
      const { default: RedisCacheHandler } = (await import('@/lib/redisCacheHandler.mjs')) as {
        default: new (ctx: object) => Handler
      }
      const ctx = { serverDistDir: '/nowhere/server', revalidatedTags: [] }
      instances = [new RedisCacheHandler(ctx), new RedisCacheHandler(ctx)]
    })

    const page = (body: string) => ({
      kind: 'APP_ROUTE',
      status: 200,
      body: Buffer.from(body),
      headers: {
        'content-type': 'text/html',
        'x-next-cache-tags': 'collection:platforms,_N_T_/de',
      },
    })
    const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

    it('serves a page one instance rendered from the other, body and lifetime intact', async () => {
      const [a, b] = instances
      await a.set('/de/platforms', page('<p>Deutsches Zentrum</p>'), {
        cacheControl: { revalidate: 86400, expire: 31536000 },
      })
      const entry = await b.get('/de/platforms', { kind: 'APP_ROUTE' })
      expect((entry?.value.body as Buffer).toString()).toBe('<p>Deutsches Zentrum</p>')
      expect(entry).toMatchObject({ cacheControl: { revalidate: 86400, expire: 31536000 } })
    })

    it('a tag expired through one instance expires the pages and reads of every instance', async () => {
      const [a, b] = instances
      await b.set('/de/platforms/x', page('alt'), { cacheControl: { revalidate: 86400 } })
      await b.set(
        'read-key',
        { kind: 'FETCH', data: { name: 'alt' }, revalidate: 3600, tags: [] },
        {
          fetchCache: true,
          tags: ['doc:platforms:x'],
        },
      )
      const readCtx = { kind: 'FETCH', tags: ['doc:platforms:x'], softTags: [] }
      expect(await b.get('read-key', readCtx)).not.toBeNull()
      await tick()
      await a.revalidateTag(['collection:platforms', 'doc:platforms:x'], { expire: 0 })
      expect(await b.get('/de/platforms/x', { kind: 'APP_ROUTE' })).toBeNull()
      expect(await b.get('read-key', readCtx)).toBeNull()
      // What is rendered after the publish is served again.
      await tick()
      await b.set('/de/platforms/x', page('neu'), { cacheControl: { revalidate: 86400 } })
      const fresh = await a.get('/de/platforms/x', { kind: 'APP_ROUTE' })
      expect((fresh?.value.body as Buffer).toString()).toBe('neu')
    })
  },
)
