import type { Payload } from 'payload'

import { refusal } from './errors'
import { snapshot, type ContentSlug } from './fixtures'

/**
 * The rule most access tests check: a refused write answers `status` (403 unless said), names what
 * it refuses when `mentions` is given, and leaves the record exactly as stored, every locale and
 * the latest draft included.
 */
export async function expectRefusedUnchanged(
  payload: Payload,
  record: { collection: ContentSlug; id: number | string },
  write: () => Promise<unknown>,
  expected: { status?: number; mentions?: RegExp } = {},
): Promise<void> {
  const before = await snapshot(payload, record.collection, record.id)
  const { status, message } = await refusal(write())
  expect(status).toBe(expected.status ?? 403)
  if (expected.mentions) expect(message).toMatch(expected.mentions)
  expect(await snapshot(payload, record.collection, record.id)).toEqual(before)
}
