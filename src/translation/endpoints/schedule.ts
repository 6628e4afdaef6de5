import type { Endpoint } from 'payload'

import { cancelScheduled, scheduledItems, schedulePublication } from '../scheduledPublishing'
import { EndpointError, errorResponse } from './endpointResponse'
import { isStaffUser } from '@/access/roles'

const path = '/translation/schedule'

/**
 * POST /api/translation/schedule
 *   { "records": [{ "collection": "events", "id": 12 }], "locales": ["de", "en"],
 *     "action": "publish"|"withdraw", "at": "2026-12-24T08:00:00Z" }
 * schedules one publication per record × locale (201 with the list);
 * GET lists the waiting (and lately failed) ones the user may see; DELETE ?job=<id> cancels one.
 */
export const scheduleEndpoints: Endpoint[] = [
  {
    path,
    method: 'post',
    handler: async (req) => {
      try {
        const body = (await req.json?.().catch(() => null)) as Record<string, unknown> | null
        const scheduled = await schedulePublication(req, body)
        return Response.json({ scheduled }, { status: 201 })
      } catch (error) {
        return errorResponse(error)
      }
    },
  },
  {
    path,
    method: 'get',
    handler: async (req) => {
      try {
        if (!req.user) throw new EndpointError(401, 'Sign in to see scheduled publications.')
        if (!isStaffUser(req.user))
          throw new EndpointError(403, 'Your account has no role in this CMS.')
        return Response.json({ scheduled: await scheduledItems(req.payload, req.user) })
      } catch (error) {
        return errorResponse(error)
      }
    },
  },
  {
    path,
    method: 'delete',
    handler: async (req) => {
      try {
        const job = req.searchParams.get('job')
        await cancelScheduled(req, job)
        return Response.json({ cancelled: job })
      } catch (error) {
        return errorResponse(error)
      }
    },
  },
]
