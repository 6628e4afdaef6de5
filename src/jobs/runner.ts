import type { Payload } from 'payload'

import { notificationQueue } from '@/notifications/sendWorkflowMailTask'
import { publicationQueue } from '@/translation/scheduledPublishing'

import { runnerToken, runnerTokenHeader } from './runnerToken'

/** How often the app looks for jobs whose time has come: a publication is at most this late. */
export const runnerIntervalMs = 30_000

/** The queues the runner runs, one after the other: publications first, then the workflow's mails. */
const runnerQueues = [publicationQueue, notificationQueue]

const started = Symbol.for('taicang-cms.jobRunner')

/**
 * Runs the job queue from inside the app (`npm run dev` and `npm start`; registered in
 * src/instrumentation.ts). It asks the app's own `GET /api/payload-jobs/run` rather than calling
 * `payload.jobs.run()`: a job run inside a request can revalidate the public pages it changes
 * (Next's revalidateTag needs a request's cache context). With several instances each runs the
 * queue; Payload marks a job as processing, so one takes it.
 */
export function startJobRunner(payload: Payload): void {
  const registry = globalThis as { [started]?: boolean }
  if (registry[started]) return
  registry[started] = true
  // A run that outlasts the interval (a slow first compile in development, a long queue) is not
  // joined by another: overlapping runs only contend for the same jobs.
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    const origin =
      process.env.__NEXT_PRIVATE_ORIGIN ?? `http://localhost:${process.env.PORT ?? '3000'}`
    const api = payload.config.routes.api
    try {
      for (const queue of runnerQueues) {
        const response = await fetch(`${origin}${api}/payload-jobs/run?queue=${queue}&limit=100`, {
          headers: { [runnerTokenHeader]: runnerToken() },
        })
        if (!response.ok)
          payload.logger.error(`Job runner: the run endpoint answered ${response.status}.`)
      }
    } catch (error) {
      payload.logger.error({ err: error, msg: 'Job runner: could not reach the run endpoint.' })
    } finally {
      running = false
    }
  }
  setInterval(() => void tick(), runnerIntervalMs).unref()
}
