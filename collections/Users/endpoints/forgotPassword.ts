import {
  addDataAndFileToRequest,
  headersWithCors,
  ValidationError,
  type Endpoint,
  type PayloadRequest,
} from 'payload'
import { email as emailRule } from 'payload/shared'

import { consume } from '@/http/rateLimit'

/** Payload's rule for the users' email field: a reset is asked for an address that could exist. */
async function emailProblem(value: unknown, req: PayloadRequest): Promise<string | null> {
  if (typeof value !== 'string' || !value.trim()) return req.t('validation:required')
  const verdict = await emailRule(value.trim(), {
    collectionSlug: 'users',
    req,
    required: true,
    siblingData: {},
  } as never)
  return verdict === true ? null : verdict
}

/**
 * POST /api/users/forgot-password, in place of Payload's handler (collection endpoints are
 * matched first). It answers the same for known and unknown addresses, as Payload does, and
 * adds two things Payload's handler lacks:
 * - a malformed address is a 400 naming `email`, not a silent success;
 * - at most one mail per account per interval (RATE_LIMIT_FORGOT_PASSWORD_ACCOUNT), counted in
 *   the shared rate-limit store. Payload's own interval writes a reservation outside the
 *   request's transaction, which SQLite refuses while that transaction holds the write lock
 *   ("database is locked"), so it is turned off in the collection's auth settings;
 * - the answer does not wait for the work: for a registered address Payload writes a token and
 *   talks to the mail server, which took measurably longer than finding nobody and told
 *   registered addresses apart. The reset runs after the answer, in its own request object
 *   carrying this one's language and origin (for the mail's text and link), and logs failures.
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = (req.data as { email?: unknown } | undefined)?.email
    const problem = await emailProblem(email, req)
    if (problem)
      throw new ValidationError(
        { collection: 'users', errors: [{ message: problem, path: 'email' }] },
        req.t,
      )
    const account = (email as string).trim().toLowerCase()
    if ((await consume('forgotPasswordAccount', account)).allowed) {
      const { payload } = req
      const background = {
        headers: req.headers,
        i18n: req.i18n,
        url: req.url,
      } as Partial<PayloadRequest>
      void payload
        .forgotPassword({ collection: 'users', data: { email: account }, req: background })
        .catch((error: unknown) =>
          payload.logger.error({ err: error }, 'Password reset mail failed'),
        )
    }
    return Response.json(
      { message: req.t('general:success') },
      { headers: headersWithCors({ headers: new Headers(), req }) },
    )
  },
}
