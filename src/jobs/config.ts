import type { Config, PayloadRequest } from 'payload'

import { isEditorUser } from '@/access/roles'
import { withdrawEndedEventsTask } from '@/translation/eventWithdrawal'
import { publishLocaleTask } from '@/translation/scheduledPublishing'

import { isRunnerToken, runnerTokenHeader } from './runnerToken'

/** Editors, and the app's own runner (src/jobs/runner.ts); Payload's default is anyone signed in. */
function editorOrRunner({ req }: { req: PayloadRequest }): boolean {
  return isEditorUser(req.user) || isRunnerToken(req.headers.get(runnerTokenHeader))
}

/**
 * Payload's jobs queue: scheduled per-locale publications and the withdrawal of ended events. No
 * `autoRun`: Payload's cron would run the jobs outside any request, where Next cannot revalidate
 * the public pages a publish changes; the app's runner calls the run endpoint instead.
 */
export const jobs: NonNullable<Config['jobs']> = {
  tasks: [publishLocaleTask, withdrawEndedEventsTask],
  access: { run: editorOrRunner, queue: editorOrRunner, cancel: editorOrRunner },
}
