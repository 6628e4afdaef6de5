import { randomBytes } from 'node:crypto'

import pg from 'pg'

import { nginxMissing, startNginx } from '../../scripts/lib/nginx.mjs'
import { scratchPostgres } from '../../scripts/lib/postgres.mjs'
import { startServer } from '../../scripts/lib/server.mjs'
import { localRedisUrl as redisUrl, redisMissing } from '../../scripts/lib/redis.mjs'
import { postgresUnavailable, testRunPrefix } from '../helpers/database'
import { apiAt, type Session } from '../helpers/http'
import { text, uniqueName, within } from '../helpers/site'

/**
 * Two app instances on one PostgreSQL database, sharing Redis, behind nginx: the deployment of
 * docker-compose.yml's `scale` profile, with `next start` and Debian's nginx instead of containers.
 */
const missing = postgresUnavailable() ?? nginxMissing() ?? (await redisMissing())
if (missing && process.env.CI === 'true')
  throw new Error(`${missing}; CI=true requires it (see .ci/run).`)
const describeScaled = missing ? describe.skip : describe
const title = `two app instances behind nginx${missing ? ` [skipped: ${missing}]` : ''}`

type Server = Awaited<ReturnType<typeof startServer>>

describeScaled(title, () => {
  let database: Awaited<ReturnType<typeof scratchPostgres>>
  let a: Server
  let b: Server
  let nginx: Awaited<ReturnType<typeof startNginx>>
  let admin: Session

  beforeAll(async () => {
    database = await scratchPostgres(`${testRunPrefix()}scale`)
    const env = {
      DATABASE_URI: database.uri,
      REDIS_URL: redisUrl,
      // One secret, so a session from one instance is valid on the other.
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      TRUST_PROXY: '1',
    }
    const credentials = {
      email: 'scale-admin@example.org',
      password: randomBytes(12).toString('hex'),
    }
    // One after the other: the first applies the migrations and the seed.
    a = await startServer({ purpose: 'scale-a', env, seed: true, admin: credentials })
    b = await startServer({ purpose: 'scale-b', env })
    nginx = await startNginx({ upstreams: [a.url, b.url] })
    const login = await apiAt(a.url, {}, 'POST', '/api/users/login', credentials)
    expect(login.status).toBe(200)
    admin = { token: login.json.token as string }
  }, 300_000)

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop(), nginx?.stop()])
  }, 30_000)

  const page = async (base: string, path: string) => text(await (await fetch(base + path)).text())

  /** A new platform, published in `locale` through the instance at `base`. */
  async function publishPlatform(base: string, locale: string, name: string) {
    const created = await apiAt(base, admin, 'POST', `/api/platforms?locale=${locale}`, {
      name,
      type: 'incubator',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    return created.json.doc as { id: number; slug: string }
  }

  it('a publish through one instance shows through the other and through nginx', async () => {
    const name = uniqueName('Mehrinstanzplattform')
    const { id, slug } = await publishPlatform(a.url, 'de', name)
    const detail = `/de/platforms/${slug}`
    // Both instances and nginx hold the pages now (rendered once, kept in Redis and by nginx).
    for (const base of [a.url, b.url, nginx.url]) {
      expect(await page(base, detail)).toContain(name)
      expect(await page(base, '/de/platforms')).toContain(name)
    }
    expect((await fetch(nginx.url + detail)).headers.get('x-cache-status')).toMatch(
      /HIT|STALE|UPDATING|EXPIRED/,
    )

    const renamed = uniqueName('Umbenannt')
    const update = await apiAt(a.url, admin, 'PATCH', `/api/platforms/${id}?locale=de`, {
      name: renamed,
      _status: 'published',
    })
    expect(update.status).toBe(200)
    for (const base of [b.url, nginx.url]) {
      await within(10_000, async () => (await page(base, detail)).includes(renamed))
      await within(10_000, async () => (await page(base, '/de/platforms')).includes(renamed))
    }
  }, 60_000)

  it('keeps both translations when two instances save one record at the same moment', async () => {
    const { id } = await publishPlatform(a.url, 'zh', uniqueName('并发平台'))
    // Several rounds: without a lock shared by the instances, one of each pair is often lost.
    for (let round = 0; round < 5; round++) {
      const [german, english] = [uniqueName('Deutsch'), uniqueName('English')]
      const saves = await Promise.all([
        apiAt(a.url, admin, 'PATCH', `/api/platforms/${id}?locale=de&draft=true`, {
          name: german,
          _status: 'draft',
        }),
        apiAt(b.url, admin, 'PATCH', `/api/platforms/${id}?locale=en&draft=true`, {
          name: english,
          _status: 'draft',
        }),
      ])
      expect(saves.map((save) => save.status)).toEqual([200, 200])
      const latest = await apiAt(
        b.url,
        admin,
        'GET',
        `/api/platforms/${id}?locale=all&draft=true&depth=0`,
      )
      expect(latest.json.name).toMatchObject({ de: german, en: english })
    }
  }, 60_000)

  it('an instance killed in the middle of a save leaves nothing half-written', async () => {
    const name = uniqueName('Vor dem Absturz')
    const { id, slug } = await publishPlatform(b.url, 'de', name)
    const versions = async () =>
      (
        await apiAt(
          b.url,
          admin,
          'GET',
          `/api/platforms/versions?where[parent][equals]=${id}&limit=0&depth=0`,
        )
      ).json.totalDocs

    const before = await versions()
    // A published save writes the record, then its new version, then marks the earlier version
    // no longer latest. Holding that earlier version's row stops instance A's save between them.
    const blocker = new pg.Client({ connectionString: database.uri })
    await blocker.connect()
    try {
      await blocker.query('begin')
      await blocker.query(
        'select id from _platforms_v where parent_id = $1 and latest for update',
        [id],
      )
      const save = apiAt(a.url, admin, 'PATCH', `/api/platforms/${id}?locale=de`, {
        name: uniqueName('Halb geschrieben'),
        _status: 'published',
      }).catch(() => null)
      await within(10_000, async () => {
        const { rows } = await blocker.query(
          `select 1 from pg_stat_activity where datname = current_database()
             and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
        )
        return rows.length > 0
      })
      await a.kill()
      await save
      await blocker.query('commit')
    } finally {
      await blocker.end()
    }

    // The database rolled the dead connection's transaction back: the record, its history and its
    // page are as before, and the other instance saves it at once (no lock was left behind).
    const record = await apiAt(b.url, admin, 'GET', `/api/platforms/${id}?locale=de&depth=0`)
    expect(record.json.name).toBe(name)
    expect(await versions()).toBe(before)
    await within(10_000, async () =>
      (await page(nginx.url, `/de/platforms/${slug}`)).includes(name),
    )
    const after = uniqueName('Danach')
    const save = await apiAt(b.url, admin, 'PATCH', `/api/platforms/${id}?locale=de`, {
      name: after,
      _status: 'published',
    })
    expect(save.status).toBe(200)
    expect((save.json.doc as { name: string }).name).toBe(after)
  }, 60_000)
})
