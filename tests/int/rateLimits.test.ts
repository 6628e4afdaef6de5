import type { Payload } from 'payload'

import { useRateLimitStore } from '@/http/rateLimit'
import { MemoryStore, RedisStore, type RateLimitStore } from '@/http/rateLimitStore'

import { createUser, type TestUser } from '../helpers/fixtures'
import { describeDatabase, useTestPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const emailOf = (user: TestUser) => (user as unknown as { email: string }).email

/** Each test counts from its own addresses, so the tests do not share windows. */
let nextAddress = 0
const newAddress = () => `192.0.2.${(nextAddress += 1)}`
/** As the trusted reverse proxy (TRUST_PROXY=1) reports a client, after whatever the client claimed. */
const from = (address: string, claimed = '203.0.113.9') => ({
  'x-forwarded-for': `${claimed}, ${address}`,
})

describeDatabase('rate limits on login, forgot-password and XLIFF import', () => {
  let payload: Payload
  let user: TestUser

  beforeAll(async () => {
    Object.assign(process.env, {
      TRUST_PROXY: '1',
      RATE_LIMIT_LOGIN: '3/60',
      RATE_LIMIT_FORGOT_PASSWORD: '2/60',
      RATE_LIMIT_XLIFF_IMPORT: '2/60',
    })
  })

  afterAll(async () => {
    await useRateLimitStore(undefined)
  })

  useTestPayload('ratelimits', async (booted) => {
    payload = booted
    user = await createUser(payload, ['editor'])
  })

  const stores: Array<[string, () => RateLimitStore]> = [
    ['memory', () => new MemoryStore()],
    ['redis', () => new RedisStore(redisUrl, `test:int:${process.pid}:${Date.now()}:`)],
  ]

  describe.each(stores)('with the %s store', (_name, makeStore) => {
    beforeAll(async () => useRateLimitStore(makeStore()))

    it('answers 429 with Retry-After and a message once an address spent its logins', async () => {
      const address = newAddress()
      const statuses: number[] = []
      for (let attempt = 0; attempt < 3; attempt += 1) {
        // Different accounts each time: the limit is on the address, not the account.
        const response = await rest('POST', '/api/users/login', {
          body: { email: `someone${attempt}@example.org`, password: 'guess' },
          headers: from(address),
        })
        statuses.push(response.status)
      }
      expect(statuses).toEqual([401, 401, 401])

      const refused = await rest('POST', '/api/users/login', {
        body: { email: emailOf(user), password: 'correct horse battery' },
        headers: from(address),
      })
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60)
      expect(refused.json.errors[0].message).toMatch(/Too many requests/)

      // Another address is not affected, and claiming another address in X-Forwarded-For does not help.
      const other = await rest('POST', '/api/users/login', {
        body: { email: emailOf(user), password: 'correct horse battery' },
        headers: from(newAddress()),
      })
      expect(other.status).toBe(200)
      const spoofed = await rest('POST', '/api/users/login', {
        body: { email: emailOf(user), password: 'correct horse battery' },
        headers: from(address, newAddress()),
      })
      expect(spoofed.status).toBe(429)
      // Nor does spelling the path another way that Payload still routes to the login.
      for (const path of ['/api/users/%6cogin', '/api//users/login', '/api/%75sers/login/']) {
        const respelled = await rest('POST', path, {
          body: { email: emailOf(user), password: 'correct horse battery' },
          headers: from(address),
        })
        expect([path, respelled.status]).toEqual([path, 429])
      }
    }, 60_000)

    it('limits forgot-password per address, unknown addresses included', async () => {
      const address = newAddress()
      const statuses: number[] = []
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const response = await rest('POST', '/api/users/forgot-password', {
          body: { email: `nobody${attempt}@example.org` },
          headers: from(address),
        })
        statuses.push(response.status)
      }
      expect(statuses).toEqual([200, 200, 429])
    }, 60_000)

    it('counts the GraphQL login and reset mutations against the same limits', async () => {
      const address = newAddress()
      const asGraphQL = (query: string, fromAddress = address) =>
        rest('POST', '/api/graphql', { body: { query }, headers: from(fromAddress) })
      const loginMessage = async (email: string) =>
        String(
          (
            await asGraphQL(
              `mutation { loginUser(email: "${email}", password: "guess") { token } }`,
            )
          ).json.errors?.[0]?.message,
        )
      const messages = [
        await loginMessage('a@example.org'),
        await loginMessage('b@example.org'),
        await loginMessage('c@example.org'),
      ]
      expect(messages.filter((message) => /Too many requests/.test(message))).toEqual([])
      expect(await loginMessage('d@example.org')).toMatch(/Too many requests/)
      // One count per address: the REST login from there is refused too.
      const overRest = await rest('POST', '/api/users/login', {
        body: { email: emailOf(user), password: 'correct horse battery' },
        headers: from(address),
      })
      expect(overRest.status).toBe(429)

      const forgot = async (email: string, fromAddress: string) => {
        const response = await asGraphQL(
          `mutation { forgotPasswordUser(email: "${email}") }`,
          fromAddress,
        )
        return String(response.json.errors?.[0]?.message ?? 'ok')
      }
      // One reset per account per interval, whichever address asks ...
      expect(await forgot('x@example.org', newAddress())).toBe('ok')
      expect(await forgot('x@example.org', newAddress())).toMatch(/try again later/)
      // ... and per address, whatever accounts it asks for.
      const third = newAddress()
      expect(await forgot('y@example.org', third)).toBe('ok')
      expect(await forgot('z@example.org', third)).toBe('ok')
      expect(await forgot('w@example.org', third)).toMatch(/Too many requests/)
    }, 60_000)

    it('limits XLIFF imports per address, before reading the file', async () => {
      const address = newAddress()
      const statuses: number[] = []
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const response = await rest('POST', '/api/translation/xliff', {
          raw: '<xliff/>',
          contentType: 'application/xliff+xml',
          headers: from(address),
        })
        statuses.push(response.status)
      }
      expect(statuses).toEqual([401, 401, 429])
    }, 60_000)
  })
})
