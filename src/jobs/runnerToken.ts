import { createHmac, timingSafeEqual } from 'node:crypto'

import { payloadSecret } from '@/config/secret'

/** The header by which the app's own job runner proves itself to `GET /api/payload-jobs/run`. */
export const runnerTokenHeader = 'x-jobs-runner-token'

/** Derived from PAYLOAD_SECRET, so every instance of the app knows it and no one else does. */
export function runnerToken(): string {
  return createHmac('sha256', payloadSecret()).update('payload-jobs-runner').digest('hex')
}

export function isRunnerToken(value: string | null | undefined): boolean {
  if (!value) return false
  const expected = Buffer.from(runnerToken())
  const given = Buffer.from(value)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
