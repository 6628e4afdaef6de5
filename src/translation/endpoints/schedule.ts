import { apiEndpoint } from '@/http/refusal'
import { isStaffUser } from '@/access/roles'
import { ClientError } from '@/http/clientError'

import { cancelScheduled, scheduledItems, schedulePublication } from '../scheduledPublishing'

const path = '/translation/schedule'

/**
 * POST /api/translation/schedule
 *   { "records": [{ "collection": "events", "id": 12 }], "locales": ["de", "en"],
 *     "action": "publish"|"withdraw", "at": "2026-12-24T08:00:00Z" }
 * schedules one publication per record × locale (201 with the list);
 * GET lists the waiting (and lately failed) ones the user may see (of one record with
 * ?collection=events&record=12); DELETE ?job=<id> cancels one.
 */
export const scheduleEndpoints = [
  apiEndpoint('post', path, async (req) => {
    const body = (await req.json?.().catch(() => null)) as Record<string, unknown> | null
    const scheduled = await schedulePublication(req, body)
    return Response.json({ scheduled }, { status: 201 })
  }),
  apiEndpoint('get', path, async (req) => {
    if (!req.user) throw new ClientError(401, 'Sign in to see scheduled publications.')
    if (!isStaffUser(req.user)) throw new ClientError(403, 'Your account has no role in this CMS.')
    const collection = req.searchParams.get('collection')
    const record = req.searchParams.get('record')
    if ((collection === null) !== (record === null))
      throw new ClientError(400, 'Name both "collection" and "record", or neither.')
    const of = collection !== null && record !== null ? { collection, record } : undefined
    return Response.json({ scheduled: await scheduledItems(req.payload, req.user, of) })
  }),
  apiEndpoint('delete', path, async (req) => {
    const job = req.searchParams.get('job')
    await cancelScheduled(req, job)
    return Response.json({ cancelled: job })
  }),
]
