import type { CollectionConfig, Config, Endpoint, PayloadRequest } from 'payload'

import { isEditorUser } from '@/access/roles'
import { sendMailDigestsTask } from '@/notifications/sendMailDigestsTask'
import { sendWorkflowMailTask } from '@/notifications/sendWorkflowMailTask'
import { withdrawEndedEventsTask } from '@/translation/eventWithdrawal'
import { publishLocaleTask } from '@/translation/scheduledPublishing'

import { oneRunAtATime } from './oneRunAtATime'
import { isRunnerToken, runnerTokenHeader } from './runnerToken'

/** Editors, and the app's own runner (src/jobs/runner.ts); Payload's default is anyone signed in. */
function editorOrRunner({ req }: { req: PayloadRequest }): boolean {
  return isEditorUser(req.user) || isRunnerToken(req.headers.get(runnerTokenHeader))
}

/**
 * Payload's jobs queue: scheduled per-locale publications, the withdrawal of ended events and the
 * workflow's mails (src/notifications/). No
 * `autoRun`: Payload's cron would run the jobs outside any request, where Next cannot revalidate
 * the public pages a publish changes; the app's runner calls the run endpoint instead.
 */
export const jobs: NonNullable<Config['jobs']> = {
  tasks: [publishLocaleTask, withdrawEndedEventsTask, sendWorkflowMailTask, sendMailDigestsTask],
  access: { run: editorOrRunner, queue: editorOrRunner, cancel: editorOrRunner },
  jobsCollectionOverrides: ({ defaultJobsCollection }) => oneRunEndpoint(defaultJobsCollection),
}

/**
 * `GET /api/payload-jobs/run`, one run at a time across the app's instances (src/jobs/oneRunAtATime.ts):
 * every instance's runner calls it on the same interval. A caller allowed to run the queue while
 * another run is going on is answered at once, the jobs left to that run.
 */
function oneRunEndpoint(collection: CollectionConfig): CollectionConfig {
  const endpoints = (collection.endpoints || []).map((endpoint): Endpoint => {
    if (endpoint.path !== '/run' || endpoint.method !== 'get') return endpoint
    return {
      ...endpoint,
      handler: async (req) => {
        if (!editorOrRunner({ req })) return endpoint.handler(req)
        const response = await oneRunAtATime(req.payload, async () => endpoint.handler(req))
        return (
          response ??
          Response.json({ message: 'Another run of the queue is going on; it takes these jobs.' })
        )
      },
    }
  })
  return { ...collection, endpoints }
}
