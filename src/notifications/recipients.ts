import type { PayloadRequest } from 'payload'

import { commentCollection } from '@/workflow/commentSlug'
import type { WorkflowEvents } from '@/workflow/events'
import { taskKey, tasksByKey } from '@/workflow/tasks'

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
 * The editors, admins included (they may do whatever editors do, and the office's first account
 * is an admin): the people who answer a translator's question, in every locale.
 */
async function editorsOf(req: PayloadRequest): Promise<Id[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { or: [{ roles: { contains: 'editor' } }, { roles: { contains: 'admin' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((user) => user.id)
}

/** Everyone who wrote in a thread: its first comment's author and each reply's. */
async function threadAuthors(req: PayloadRequest, thread: string): Promise<Id[]> {
  const { docs } = await req.payload.find({
    collection: commentCollection,
    where: { or: [{ id: { equals: thread } }, { thread: { equals: thread } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((comment) => comment.author as Id)
}

/**
 * A new question goes to the editors and to whoever works on that record × locale (its assignee,
 * else its last translator), so a translator's question reaches the office and an editor's
 * question reaches the translator. An answer goes to everyone who wrote in the thread, the asker
 * first among them.
 */
async function commentRecipients(
  req: PayloadRequest,
  event: WorkflowEvents['commented'],
): Promise<Id[]> {
  if (event.thread) return threadAuthors(req, event.thread)
  const key = taskKey(event.collection, event.recordId, event.locale)
  const task = (await tasksByKey(req, [key])).get(key)
  return [...(await editorsOf(req)), task?.assignee ?? task?.lastTranslator ?? null].filter(
    (id): id is Id => id !== null && id !== undefined,
  )
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
      ids = [await workerOf(req, (event as WorkflowEvents['sourceChanged']).taskId)]
      break
    case 'commented':
      ids = await commentRecipients(req, event as WorkflowEvents['commented'])
      break
    default:
      ids = []
  }
  const unique = new Set(ids.filter((id): id is Id => id !== null && id !== undefined))
  return [...unique].filter((id) => event.by === null || String(id) !== String(event.by))
}
