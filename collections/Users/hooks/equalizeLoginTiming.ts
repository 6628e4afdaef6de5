import crypto from 'node:crypto'
import { promisify } from 'node:util'

import type { CollectionBeforeOperationHook } from 'payload'

const pbkdf2 = promisify(crypto.pbkdf2)

/**
 * Payload's password hash parameters for new hashes (auth/strategies/local/generatePasswordSaltHash
 * in Payload 3.90: PBKDF2-SHA256, 600,000 iterations, 32 bytes). If Payload raises them, raise
 * these: tests/int/passwordReset.test.ts compares the two timings.
 */
const iterations = 600_000
const keyLength = 32

/**
 * Payload answers a login for an unknown address without hashing the password, ~15 times faster
 * than a wrong password for a real account, which tells anyone which addresses are registered.
 * For an unknown address, this hashes the password the same way and throws the result away.
 */
export const equalizeLoginTiming: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const { email, password } = ((args as { data?: unknown }).data ?? {}) as {
    email?: unknown
    password?: unknown
  }
  // Payload refuses these itself before looking anyone up, at the same speed for every address.
  if (
    typeof email !== 'string' ||
    !email.trim() ||
    typeof password !== 'string' ||
    !password.trim()
  )
    return args
  const { totalDocs } = await req.payload.count({
    collection: collection.slug as 'users',
    where: { email: { equals: email.toLowerCase().trim() } },
    overrideAccess: true,
    req,
  })
  if (totalDocs === 0)
    await pbkdf2(password, crypto.randomBytes(32), iterations, keyLength, 'sha256')
  return args
}
