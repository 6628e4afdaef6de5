import type { PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'

import type { ReviewState } from './reviewStates'

/** Which record and locale a workflow event is about, and who caused it (null: the system). */
type About = {
  collection: string
  recordId: string
  locale: Locale
  taskId: number | string
  by: number | string | null
}

/**
 * The moments a person may want to hear about. Notifications (mail, digest) subscribe with
 * `onWorkflowEvent`; the workflow only says what happened, once, after it is stored.
 */
export type WorkflowEvents = {
  assigned: About & { assignee: number | string; dueDate: string | null }
  reviewRequested: About & { translator: number | string | null }
  returned: About & { translator: number | string | null; comment: string }
  approved: About & { translator: number | string | null }
  /** The source text changed after approval: the changed field paths (their diff: GET /api/translation/source). */
  sourceChanged: About & { previousState: ReviewState; fields: string[] }
  /** Someone asked or answered on a field × locale (collection translation-comments); `thread`: null for a new question. */
  commented: Omit<About, 'taskId'> & {
    field: string
    commentId: number | string
    thread: string | null
    /** The comment's text as stored, for the mail (a later edit by its author does not re-send). */
    body: string
  }
}

export type WorkflowEventName = keyof WorkflowEvents

type Listener<Name extends WorkflowEventName> = (
  event: WorkflowEvents[Name],
  req: PayloadRequest,
) => void | Promise<void>

const listeners: { [Name in WorkflowEventName]: Set<Listener<Name>> } = {
  assigned: new Set(),
  reviewRequested: new Set(),
  returned: new Set(),
  approved: new Set(),
  sourceChanged: new Set(),
  commented: new Set(),
}

/** Subscribes to one event; the returned function unsubscribes (tests, hot reload). */
export function onWorkflowEvent<Name extends WorkflowEventName>(
  name: Name,
  listener: Listener<Name>,
): () => void {
  const set = listeners[name] as Set<Listener<Name>>
  set.add(listener)
  return () => set.delete(listener)
}

/**
 * Tells every listener. A listener's failure is logged, never the caller's: the transition is
 * stored already, and a mail that could not be queued must not undo a reviewer's approval.
 */
export async function emitWorkflowEvent<Name extends WorkflowEventName>(
  req: PayloadRequest,
  name: Name,
  event: WorkflowEvents[Name],
): Promise<void> {
  for (const listener of listeners[name] as Set<Listener<Name>>) {
    try {
      await listener(event, req)
    } catch (error) {
      req.payload.logger.error({ err: error, event: name }, 'workflow event listener failed')
    }
  }
}
