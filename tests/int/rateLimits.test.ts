import { createLocalReq, type Payload } from 'payload'

import { useRateLimitStore } from '@/http/rateLimit'
import { MemoryStore, RedisStore, type RateLimitStore } from '@/http/rateLimitStore'

import { statusOf } from '../helpers/errors'
import { createUser, type TestUser } from '../helpers/fixtures'
import { describeDatabase, startPayload, type TestPayload } from '../helpers/payload'
import { jsonRequest, routeRequest } from '../helpers/routeRequest'

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const emailOf = (user: TestUser) => (user as unknown as { email: string }).email

/** Each test counts from its own addresses, so the tests do not share windows. */
let nextAddress = 0
const newAddress = () => `192.0.2.${(nextAddress += 1)}`
/** As the trusted reverse proxy (TRUST_PROXY=1) reports a client, after whatever the client claimed. */
const from = (address: string, claimed = '203.0.113.9') => ({ 'x-forwarded-for': `${claimed}, ${address}` })

describeDatabase('rate limits on login, forgot-password and XLIFF import', () => {
  let app: TestPayload
  let payload: Payload
  let user: TestUser

  beforeAll(async () => {
    Object.assign(process.env, {
      TRUST_PROXY: '1',
      RATE_LIMIT_LOGIN: '3/60',
      RATE_LIMIT_FORGOT_PASSWORD: '2/60',
      RATE_LIMIT_XLIFF_IMPORT: '2/60',
    })
    app = await startPayload('ratelimits')
    payload = app.payload
    user = await createUser(payload, ['editor'])
  }, 120_000)

  afterAll(async () => {
    await useRateLimitStore(undefined)
    await app?.close()
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
        const response = await jsonRequest('POST', '/api/users/login', { email: `someone${attempt}@example.org`, password: 'guess' }, from(address))
        statuses.push(response.status)
      }
      expect(statuses).toEqual([401, 401, 401])

      const refused = await jsonRequest('POST', '/api/users/login', { email: emailOf(user), password: 'correct horse battery' }, from(address))
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60)
      expect((await refused.json()).errors[0].message).toMatch(/Too many requests/)

      // Another address is not affected, and claiming another address in X-Forwarded-For does not help.
      const other = await jsonRequest('POST', '/api/users/login', { email: emailOf(user), password: 'correct horse battery' }, from(newAddress()))
      expect(other.status).toBe(200)
      const spoofed = await jsonRequest('POST', '/api/users/login', { email: emailOf(user), password: 'correct horse battery' }, from(address, newAddress()))
      expect(spoofed.status).toBe(429)
    }, 60_000)

    it('limits forgot-password per address, unknown addresses included', async () => {
      const address = newAddress()
      const statuses: number[] = []
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const response = await jsonRequest('POST', '/api/users/forgot-password', { email: `nobody${attempt}@example.org` }, from(address))
        statuses.push(response.status)
      }
      expect(statuses).toEqual([200, 200, 429])
    }, 60_000)

    // The GraphQL route cannot run under jest (graphql is loaded twice, as CJS and ESM), so the
    // operations are called as the GraphQL resolvers call them: with a GraphQL request.
    it('counts GraphQL logins and reset requests against the same limits', async () => {
      const address = newAddress()
      const graphQLRequest = async () => {
        const req = await createLocalReq({}, payload)
        req.payloadAPI = 'GraphQL'
        req.headers = new Headers(from(address))
        return req
      }
      const login = async (email: string) =>
        statusOf(payload.login({ collection: 'users', data: { email, password: 'guess' }, req: await graphQLRequest() }))
      expect([await login('a@example.org'), await login('b@example.org'), await login('c@example.org')]).toEqual([401, 401, 401])
      expect(await login('d@example.org')).toBe(429)
      // One count per address: the REST login from there is refused too.
      const rest = await jsonRequest('POST', '/api/users/login', { email: emailOf(user), password: 'correct horse battery' }, from(address))
      expect(rest.status).toBe(429)

      const forgot = async (email: string, fromAddress: string) => {
        const req = await graphQLRequest()
        req.headers = new Headers(from(fromAddress))
        return statusOf(payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true, req }))
      }
      // One reset per account per interval, whichever address asks ...
      expect(await forgot('x@example.org', newAddress())).toBe(200)
      expect(await forgot('x@example.org', newAddress())).toBe(429)
      // ... and per address, whatever accounts it asks for.
      const third = newAddress()
      expect([await forgot('y@example.org', third), await forgot('z@example.org', third), await forgot('w@example.org', third)]).toEqual([200, 200, 429])
    }, 60_000)

    it('limits XLIFF imports per address, before reading the file', async () => {
      const address = newAddress()
      const statuses: number[] = []
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const response = await routeRequest('POST', '/api/translation/xliff', {
          body: '<xliff/>',
          headers: { 'content-type': 'application/xliff+xml', 'accept-language': 'en', ...from(address) },
        })
        statuses.push(response.status)
      }
      expect(statuses).toEqual([401, 401, 429])
    }, 60_000)
  })
})
