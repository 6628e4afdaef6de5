import type { WorkflowEventName } from '@/workflow/events'

/** The workflow events that send mail. A new comment (`commented`) does not mail anyone yet. */
export const mailedEvents = [
  'assigned',
  'reviewRequested',
  'returned',
  'approved',
  'sourceChanged',
] as const satisfies readonly WorkflowEventName[]

export type MailedEvent = (typeof mailedEvents)[number]
