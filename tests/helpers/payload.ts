import type { Payload } from 'payload'

import { freshDatabase, postgresUnavailable, testDialect } from './database'
import { createUsers, type TestUser } from './fixtures'

export type TestPayload = { payload: Payload; close: () => Promise<void> }

/**
 * Boots Payload on a fresh database of the dialect this jest project runs, applying the committed
 * migrations as a real start does. Each test file gets its own database.
 */
async function startPayload(purpose: string): Promise<TestPayload> {
  const database = await freshDatabase(purpose)
  process.env.DATABASE_URI = database.uri
  process.env.PAYLOAD_SECRET ||= 'a-test-secret-that-is-long-enough-0123456789'
  const [{ default: config }, { getPayload }] = await Promise.all([
    import('@/payload.config'),
    import('payload'),
  ])
  const payload = await getPayload({ config })
  return {
    payload,
    close: async () => {
      await payload.destroy()
      await database.dispose()
    },
  }
}

/**
 * The boot and teardown every integration file needs, for the enclosing `describe`: Payload starts
 * on a fresh database before its tests (`ready` then gets it, to keep and to create the file's users
 * or records) and stops after them. jest runs a block's `beforeAll`/`afterAll` hooks in the order
 * they are declared, so work that must precede the boot (an environment variable the config reads
 * when it loads) goes in a `beforeAll` above this call, and clean-up after the stop in an `afterAll`
 * below it.
 */
export function useTestPayload(
  purpose: string,
  ready: (payload: Payload) => void | Promise<void>,
  timeout = 120_000,
): void {
  let app: TestPayload | undefined
  beforeAll(async () => {
    app = await startPayload(purpose)
    await ready(app.payload)
  }, timeout)
  afterAll(async () => app?.close())
}

/** Payload with the users of each kind the access rules distinguish (see `createUsers`). */
export type TestApp = { payload: Payload; admin: TestUser; editor: TestUser; translator: TestUser }

/**
 * `useTestPayload` for the many files that act as the standard users: an admin, an editor and a
 * German translator are created as soon as Payload is up, and `ready` gets them with it.
 */
export function useTestPayloadWithUsers(
  purpose: string,
  ready: (app: TestApp) => unknown,
  timeout?: number,
): void {
  useTestPayload(
    purpose,
    async (payload) => {
      await ready({ payload, ...(await createUsers(payload)) })
    },
    timeout,
  )
}

/** `describe` for database tests: skipped, with the reason printed, when PostgreSQL is unreachable. */
export function describeDatabase(name: string, body: () => void): void {
  const reason = testDialect() === 'postgres' ? postgresUnavailable() : null
  if (reason) {
    describe.skip(`${name} [skipped: ${reason}]`, body)
    return
  }
  describe(`${name} (${testDialect()})`, body)
}
