import { onWorkflowEvent } from '@/workflow/events'

import { mailedEvents } from './mailedEvents'
import { defaultNotificationMode, isNotificationMode } from './modes'
import { recipientsOf } from './recipients'
import {
  digestQueue,
  notificationQueue,
  sendWorkflowMailTaskSlug,
  type WorkflowMailInput,
} from './sendWorkflowMailTask'

const subscribed = Symbol.for('taicang-cms.workflowMail')

/**
 * Queues one `sendWorkflowMail` job per recipient of each workflow event. Only queued here: the
 * SMTP round trip happens in the job, never in the request that stored the change. Once per
 * process (Payload's onInit runs again on hot reload and in tests that boot several times).
 */
export function subscribeWorkflowMail(): void {
  const registry = globalThis as { [subscribed]?: boolean }
  if (registry[subscribed]) return
  registry[subscribed] = true
  for (const name of mailedEvents) {
    onWorkflowEvent(name, async (event, req) => {
      for (const recipient of await recipientsOf(req, name, event)) {
        const user = await req.payload
          .findByID({ collection: 'users', id: recipient, depth: 0, overrideAccess: true, req })
          .catch(() => null)
        const mode = isNotificationMode(user?.notifications)
          ? user.notifications
          : defaultNotificationMode
        if (!user || mode === 'off') continue
        const input: WorkflowMailInput = { event: name, recipient, data: event }
        // A daily reader's mail waits in the digest queue, which no runner runs: the digest task
        // collects and removes its jobs (src/notifications/sendMailDigestsTask.ts).
        await req.payload.jobs.queue({
          task: sendWorkflowMailTaskSlug,
          input: input as never,
          queue: mode === 'daily' ? digestQueue : notificationQueue,
          req,
        })
      }
    })
  }
}
