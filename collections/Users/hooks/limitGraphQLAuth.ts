import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { clientAddress } from '@/http/clientAddress'
import { consume, type LimitName } from '@/http/rateLimit'

const limits: Partial<Record<string, LimitName>> = {
  login: 'login',
  forgotPassword: 'forgotPassword',
}

/**
 * The REST route counts logins and reset requests per address before Payload sees them
 * (src/http/rateLimit.ts); the GraphQL mutations loginUser and forgotPasswordUser reach the same
 * operations another way and are counted here, against the same limits and store. GraphQL
 * reports the refusal as an error of the mutation (its HTTP status stays Payload's).
 */
export const limitGraphQLAuth: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const limit = limits[operation]
  if (req.payloadAPI !== 'GraphQL' || !limit || !req.headers) return args
  const verdict = await consume(limit, clientAddress(req.headers))
  if (!verdict.allowed) {
    throw new APIError(
      `Too many requests. Try again in ${verdict.retryAfterSeconds} s.`,
      429,
      undefined,
      true,
    )
  }
  if (operation === 'forgotPassword') {
    const email = (args as { data?: { email?: unknown } }).data?.email
    if (
      typeof email === 'string' &&
      !(await consume('forgotPasswordAccount', email.trim().toLowerCase())).allowed
    ) {
      throw new APIError(
        'A reset mail for this address was sent a moment ago; try again later.',
        429,
        undefined,
        true,
      )
    }
  }
  return args
}
