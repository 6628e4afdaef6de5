import type { Payload } from 'payload'

/**
 * A record id read from text (a query string, an XLIFF file), or null when it cannot be one. SQL
 * databases number their records, and asking them for "abc" fails as a server error instead of
 * finding nothing.
 */
export function recordIdFrom(payload: Payload, text: string): number | string | null {
  if (payload.db.defaultIDType !== 'number') return text
  return /^\d+$/.test(text) ? Number(text) : null
}
