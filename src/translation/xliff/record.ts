import type { TranslationUnit } from './types'

export type RecordFields = Pick<TranslationUnit, 'collection' | 'docId' | 'sourceFingerprint'>

/**
 * XLIFF 1.2 `extradata` holding the record and the fingerprint:
 * `collection=events docId=12 fingerprint=9f86d081884c7d65`. Space-separated pairs with
 * percent-encoded values, so the attribute never needs XML escaping and survives tools that write
 * attributes without escaping them (the `xliff` npm package is one).
 */
export function writeExtradata(unit: RecordFields): string {
  return [
    ['collection', unit.collection],
    ['docId', unit.docId],
    ['fingerprint', unit.sourceFingerprint],
  ]
    .map(([key, value]) => `${key}=${encodeURIComponent(value ?? '')}`)
    .join(' ')
}

export function readExtradata(value: string | undefined): RecordFields {
  const pairs = new Map<string, string>()
  for (const pair of (value ?? '').split(/\s+/)) {
    const equals = pair.indexOf('=')
    if (equals > 0) pairs.set(pair.slice(0, equals), decode(pair.slice(equals + 1)))
  }
  return {
    collection: pairs.get('collection') ?? '',
    docId: pairs.get('docId') ?? '',
    sourceFingerprint: pairs.get('fingerprint') ?? '',
  }
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/**
 * XLIFF 2.0 ids are NMTOKENs: no `/` or `#`, which our unit ids have. Every character outside
 * `[A-Za-z0-9.-]` is written as `_hex_` (`events/12/body#3` → `events_2f_12_2f_body_23_3`), so the
 * id stays readable, valid, and decodes back exactly.
 */
const keep = /^[A-Za-z0-9.-]$/

export function toNmtoken(id: string): string {
  return Array.from(id, (char) =>
    keep.test(char) ? char : `_${char.codePointAt(0)?.toString(16)}_`,
  ).join('')
}

export function fromNmtoken(token: string): string {
  return token.replace(/_([0-9a-f]{1,6})_/g, (match, hex: string) => {
    const point = parseInt(hex, 16)
    if (point > 0x10ffff) return match
    const char = String.fromCodePoint(point)
    // only what toNmtoken escapes: an id from another tool that merely contains `_41_` stays
    return keep.test(char) ? match : char
  })
}
