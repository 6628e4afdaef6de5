import type { CollectionSlug, Payload } from 'payload'

import { isWellFormedId } from '@/http/documentIds'

/**
 * A record id read from text (a query string, an XLIFF file), or null when it cannot be one: the
 * same rule as for ids in API paths (src/http/documentIds.ts). SQL databases number their records,
 * and asking them for "abc" fails as a server error instead of finding nothing.
 */
export function recordIdFrom(
  payload: Payload,
  text: string,
  collection?: CollectionSlug,
): number | string | null {
  if (!isWellFormedId(payload, collection, text)) return null
  return payload.db.defaultIDType === 'number' ? Number(text) : text
}
