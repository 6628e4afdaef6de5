import { apiEndpoint } from '@/http/refusal'

import { reviewQueue } from '../queue'
import { applyReview } from '../review'

const path = '/translation/review'

/**
 * POST /api/translation/review
 *   { "action": "assign"|"start"|"machine-draft"|"request-review"|"approve"|"return"|"acknowledge",
 *     "locale": "de", "records": [{ "collection": "events", "id": 12 }],
 *     "comment": "…" (return), "assignee": 7, "dueDate": "2026-12-24" (assign) }
 * moves the locale of each record on in review (200 with the tasks);
 * GET [?locale=de][&assignee=me|<id>] lists the tasks with each person's queue and overdue work.
 */
export const reviewEndpoints = [
  apiEndpoint('post', path, async (req) => {
    const body: unknown = await req.json?.().catch(() => null)
    return Response.json({ tasks: await applyReview(req, body) })
  }),
  apiEndpoint('get', path, async (req) => {
    const params = req.searchParams
    return Response.json(
      await reviewQueue(req, { locale: params.get('locale'), assignee: params.get('assignee') }),
    )
  }),
]
