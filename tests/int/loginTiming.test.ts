import type { Payload } from 'payload'

import { createUser, type TestUser } from '../helpers/fixtures'
import { describeDatabase, useTestPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

const emailOf = (user: TestUser) => (user as unknown as { email: string }).email
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

async function timedLogin(email: string): Promise<number> {
  const started = performance.now()
  const response = await rest('POST', '/api/users/login', {
    body: { email, password: 'not the password' },
  })
  const elapsed = performance.now() - started
  expect(response.status).toBe(401)
  return elapsed
}

/**
 * A behaviour test, not a benchmark: before the fix an unknown address answered ~15 times
 * faster than a wrong password for a real account (no password hash), which told registered
 * addresses apart. Now both hash, so their medians are of the same order.
 */
describeDatabase('login timing', () => {
  let payload: Payload
  let known: TestUser[]

  beforeAll(async () => {
    process.env.RATE_LIMIT_LOGIN = 'off'
  })

  useTestPayload('logintiming', async (booted) => {
    payload = booted
    // One account per attempt: Payload locks an account after 5 failures, and a locked one answers early.
    known = []
    for (let index = 0; index < 5; index += 1) known.push(await createUser(payload, ['editor']))
  })

  it('spends as long on an unknown address as on a wrong password', async () => {
    await timedLogin('warm-up@example.org')
    const knownTimes: number[] = []
    const unknownTimes: number[] = []
    for (const [index, user] of known.entries()) {
      knownTimes.push(await timedLogin(emailOf(user)))
      unknownTimes.push(await timedLogin(`nobody${index}@example.org`))
    }
    expect(median(unknownTimes)).toBeGreaterThanOrEqual(0.5 * median(knownTimes))
  }, 60_000)
})
