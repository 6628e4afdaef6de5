import { clientAddress, trustedProxies } from '@/http/clientAddress'
import {
  checkRateLimitSettings,
  consume,
  limitFor,
  limitOfRequest,
  parseLimit,
  useRateLimitStore,
} from '@/http/rateLimit'
import { MemoryStore, RedisStore, type RateLimitStore } from '@/http/rateLimitStore'

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** Why the Redis store cannot be tested here, or null (as with PostgreSQL: skipped with the reason). */
async function redisUnavailable(): Promise<string | null> {
  const probe = new RedisStore(redisUrl, `probe:${process.pid}:`)
  try {
    await probe.hit('probe', 1000)
    return null
  } catch (error) {
    if (process.env.CI === 'true') throw error
    return `no Redis at ${redisUrl}: ${(error as Error).message}`
  } finally {
    await probe.close().catch(() => {})
  }
}
const redisSkip = await redisUnavailable()

describe('rate limit settings', () => {
  it('reads "<requests>/<seconds>" or off, and refuses anything else by name', () => {
    expect(parseLimit('10/60', 'X')).toEqual({ max: 10, windowSeconds: 60 })
    expect(parseLimit(' 3 / 5 ', 'X')).toEqual({ max: 3, windowSeconds: 5 })
    expect(parseLimit('off', 'X')).toBeNull()
    for (const bad of ['10', '10/0', '0/60', 'ten/60', '-1/60'])
      expect(() => parseLimit(bad, 'RATE_LIMIT_LOGIN')).toThrow(/RATE_LIMIT_LOGIN/)
    expect(limitFor('login', {})).toEqual({ max: 10, windowSeconds: 60 })
    expect(limitFor('login', { RATE_LIMIT_LOGIN: '2/1' })).toEqual({ max: 2, windowSeconds: 1 })
  })

  it('are all checked at start, a mistake named by its variable', () => {
    expect(() => checkRateLimitSettings({})).not.toThrow()
    expect(() => checkRateLimitSettings({ RATE_LIMIT_XLIFF_IMPORT: '20 per minute' })).toThrow(
      /RATE_LIMIT_XLIFF_IMPORT/,
    )
    expect(() => checkRateLimitSettings({ TRUST_PROXY: 'nginx' })).toThrow(/TRUST_PROXY/)
  })

  it('limits login, forgot-password and XLIFF import, and nothing else', () => {
    expect(limitOfRequest('POST', '/api/users/login')).toBe('login')
    expect(limitOfRequest('POST', '/api/users/login/')).toBe('login')
    // Payload routes these to the login as well.
    for (const path of [
      '/api/users/%6cogin',
      '/api/users//login',
      '/api//users/login',
      '/api/%75sers/login',
      '/api/users/%E0%A4',
    ]) {
      expect([path, limitOfRequest('POST', path)]).toEqual([
        path,
        path.endsWith('%E0%A4') ? null : 'login',
      ])
    }
    expect(limitOfRequest('POST', '/api/users/forgot-password')).toBe('forgotPassword')
    expect(limitOfRequest('POST', '/api/translation/xliff')).toBe('xliffImport')
    expect(limitOfRequest('GET', '/api/translation/xliff')).toBeNull()
    expect(limitOfRequest('POST', '/api/events')).toBeNull()
  })
})

describe('client address', () => {
  const headers = (forwarded?: string, realIp?: string) =>
    new Headers({
      ...(forwarded ? { 'x-forwarded-for': forwarded } : {}),
      ...(realIp ? { 'x-real-ip': realIp } : {}),
    })

  it('behind TRUST_PROXY proxies, is the address the outermost trusted proxy appended', () => {
    expect(clientAddress(headers('6.6.6.6, 10.0.0.1'), { TRUST_PROXY: '1' })).toBe('10.0.0.1')
    expect(clientAddress(headers('6.6.6.6, 10.0.0.1, 10.0.0.2'), { TRUST_PROXY: '2' })).toBe(
      '10.0.0.1',
    )
    expect(clientAddress(headers('10.0.0.1'), { TRUST_PROXY: 'true' })).toBe('10.0.0.1')
    expect(clientAddress(headers(), { TRUST_PROXY: '1' })).toBe('unknown')
  })

  it('without a proxy, is what Next recorded from the connection', () => {
    expect(clientAddress(headers('127.0.0.1'), {})).toBe('127.0.0.1')
    expect(clientAddress(headers(undefined, '10.1.1.1'), {})).toBe('10.1.1.1')
    expect(trustedProxies({ TRUST_PROXY: 'false' })).toBe(0)
    expect(() => trustedProxies({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/)
  })
})

const stores: Array<[string, () => RateLimitStore, string | null]> = [
  ['memory', () => new MemoryStore(), null],
  ['redis', () => new RedisStore(redisUrl, `test:${process.pid}:${Date.now()}:`), redisSkip],
]

describe.each(stores)('%s store', (name, makeStore, skip) => {
  const run = skip ? it.skip : it
  let store: RateLimitStore
  beforeEach(() => {
    store = makeStore()
  })
  afterEach(async () => {
    await useRateLimitStore(undefined)
    await store.close()
  })

  run(
    `counts per key within a window, then starts again${skip ? ` [skipped: ${skip}]` : ''}`,
    async () => {
      expect((await store.hit('a', 300)).count).toBe(1)
      const second = await store.hit('a', 300)
      expect(second.count).toBe(2)
      expect(second.resetInMs).toBeGreaterThan(0)
      expect(second.resetInMs).toBeLessThanOrEqual(300)
      expect((await store.hit('b', 300)).count).toBe(1)
      await new Promise((resolve) => setTimeout(resolve, 350))
      expect((await store.hit('a', 300)).count).toBe(1)
    },
  )

  run('refuses the request after the limit, with the seconds to wait', async () => {
    await useRateLimitStore(store)
    const env = { RATE_LIMIT_LOGIN: '2/30' }
    expect(await consume('login', '10.0.0.1', env)).toEqual({ allowed: true })
    expect(await consume('login', '10.0.0.1', env)).toEqual({ allowed: true })
    const refused = await consume('login', '10.0.0.1', env)
    expect(refused.allowed).toBe(false)
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThanOrEqual(29)
    expect(await consume('login', '10.0.0.2', env)).toEqual({ allowed: true })
  })
})

describe('a store that fails', () => {
  it('lets requests through rather than lock everyone out', async () => {
    await useRateLimitStore(new RedisStore('redis://127.0.0.1:1'))
    const warn = process.emitWarning
    const warnings: unknown[] = []
    process.emitWarning = ((message: unknown) =>
      warnings.push(message)) as typeof process.emitWarning
    try {
      expect(await consume('login', '10.0.0.1', { RATE_LIMIT_LOGIN: '1/60' })).toEqual({
        allowed: true,
      })
      expect(await consume('login', '10.0.0.1', { RATE_LIMIT_LOGIN: '1/60' })).toEqual({
        allowed: true,
      })
    } finally {
      process.emitWarning = warn
      await useRateLimitStore(undefined)
    }
    expect(String(warnings[0])).toMatch(/Rate limit store failed/)
  })
})
