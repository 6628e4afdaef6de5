import type { PayloadRequest } from 'payload'

import type { WorkflowEvents } from '@/workflow/events'
import type { MailedEvent } from './mailedEvents'

type Id = number | string

/** The users whose role is reviewer and who hold `locale`. */
async function reviewersOf(req: PayloadRequest, locale: string): Promise<Id[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ roles: { contains: 'reviewer' } }, { locales: { contains: locale } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((user) => user.id)
}

/** The locale's assignee, else its last translator, from the review task. */
async function workerOf(req: PayloadRequest, taskId: Id): Promise<Id | null> {
  const task = (await req.payload
    .findByID({ collection: 'translation-tasks', id: taskId, depth: 0, overrideAccess: true, req })
    .catch(() => null)) as { assignee?: Id | null; lastTranslator?: Id | null } | null
  return task?.assignee ?? task?.lastTranslator ?? null
}

/**
 * Who hears about an event. Nobody hears about their own action: a translator who requests
 * review and also reviews the locale gets no mail asking them to review it.
 */
export async function recipientsOf<Name extends MailedEvent>(
  req: PayloadRequest,
  name: Name,
  event: WorkflowEvents[Name],
): Promise<Id[]> {
  const all = event as WorkflowEvents[MailedEvent] & {
    assignee?: Id
    translator?: Id | null
  }
  let ids: (Id | null | undefined)[]
  switch (name) {
    case 'assigned':
      ids = [all.assignee]
      break
    case 'reviewRequested':
      ids = await reviewersOf(req, event.locale)
      break
    case 'returned':
    case 'approved':
      ids = [all.translator]
      break
    case 'sourceChanged':
      ids = [await workerOf(req, event.taskId)]
      break
    default:
      ids = []
  }
  const unique = new Set(ids.filter((id): id is Id => id !== null && id !== undefined))
  return [...unique].filter((id) => event.by === null || String(id) !== String(event.by))
}
