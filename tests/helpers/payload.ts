import type { Payload } from 'payload'

import { freshDatabase, postgresUnavailable, testDialect } from './database'

export type TestPayload = { payload: Payload; close: () => Promise<void> }

/**
 * Boots Payload on a fresh database of the dialect this jest project runs, applying the committed
 * migrations as a real start does. Each test file gets its own database.
 */
export async function startPayload(purpose: string): Promise<TestPayload> {
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

/** `describe` for database tests: skipped, with the reason printed, when PostgreSQL is unreachable. */
export function describeDatabase(name: string, body: () => void): void {
  const reason = testDialect() === 'postgres' ? postgresUnavailable() : null
  if (reason) {
    describe.skip(`${name} [skipped: ${reason}]`, body)
    return
  }
  describe(`${name} (${testDialect()})`, body)
}
