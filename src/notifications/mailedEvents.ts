import type { WorkflowEventName } from '@/workflow/events'

/** The workflow events that send mail: all of them. */
export const mailedEvents = [
  'assigned',
  'reviewRequested',
  'returned',
  'approved',
  'sourceChanged',
  'commented',
] as const satisfies readonly WorkflowEventName[]

export type MailedEvent = (typeof mailedEvents)[number]
