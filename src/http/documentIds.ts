import type { CollectionSlug, Payload } from 'payload'

/** SQL serial ids: a positive integer written plainly (no sign, spaces, leading zeros, exponent). */
const serialId = /^[1-9][0-9]{0,15}$/
const objectId = /^[0-9a-f]{24}$/i
const integer = /^-?(0|[1-9][0-9]{0,15})$/

/**
 * Whether `value`, as it came in a URL or query, is exactly an id of the collection, for the
 * adapter in use: Payload and the SQL drivers read "12abc" as 12 and "1 OR 1=1" as 1, so a
 * lenient id would name a record the client never named. Custom ids follow their declared type.
 */
export function isWellFormedId(
  payload: Payload,
  collection: CollectionSlug | undefined,
  value: string,
): boolean {
  const custom = collection ? payload.collections[collection]?.customIDType : undefined
  if (custom === 'number') return integer.test(value) && Number.isSafeInteger(Number(value))
  if (custom === 'text') return value.length > 0
  if (payload.db.defaultIDType === 'number')
    return serialId.test(value) && Number.isSafeInteger(Number(value))
  // Text ids by default: MongoDB's ObjectIds; other adapters (uuid) are left to the database.
  if (payload.db.name === 'mongoose') return objectId.test(value)
  return value.length > 0
}
