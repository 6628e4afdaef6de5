import type { TaskConfig } from 'payload'

import { adminTranslations } from '@/i18n/adminTranslations'

import {
  digestQueue,
  notificationQueue,
  renderWorkflowMail,
  type WorkflowMailInput,
} from './sendWorkflowMailTask'
import { sourceDiffLines } from './sourceDiff'

export const sendMailDigestsTaskSlug = 'sendMailDigests'

/**
 * Once a day (07:00 server time, before the working day), every user who chose the daily digest
 * gets one mail with what waited for them in the digest queue; those jobs are then removed. The
 * mails wait as jobs, so nothing new is stored for the digest and an `immediately` mail and a
 * digest item are rendered by the same code.
 */
export const sendMailDigestsTask: TaskConfig<{ input: object; output: object }> = {
  slug: sendMailDigestsTaskSlug,
  schedule: [{ cron: '0 7 * * *', queue: notificationQueue }],
  retries: 0,
  handler: async ({ req }) => {
    const { docs } = await req.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: digestQueue } }, { completedAt: { exists: false } }] },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const byRecipient = new Map<string, { ids: (number | string)[]; inputs: WorkflowMailInput[] }>()
    for (const job of docs) {
      const input = job.input as WorkflowMailInput
      const key = String(input.recipient)
      const entry = byRecipient.get(key) ?? { ids: [], inputs: [] }
      entry.ids.push(job.id)
      entry.inputs.push(input)
      byRecipient.set(key, entry)
    }
    const strings = adminTranslations.en.translator
    for (const [recipient, { ids, inputs }] of byRecipient) {
      const user = await req.payload
        .findByID({ collection: 'users', id: recipient, depth: 0, overrideAccess: true })
        .catch(() => null)
      if (user?.email) {
        const items = await Promise.all(
          inputs.map(async (input) =>
            renderWorkflowMail(input, await sourceDiffLines(req.payload, input)),
          ),
        )
        const text = [
          strings.mailDigestIntro.replace('{{count}}', String(items.length)),
          ...items.map((item) => `${item.subject}\n\n${item.text}`),
        ].join('\n\n----------\n\n')
        const subject = strings.mailDigestSubject.replace('{{count}}', String(items.length))
        await req.payload.sendEmail({ to: user.email, subject, text })
      }
      // Sent, or its reader gone: either way these items are done.
      await req.payload.delete({
        collection: 'payload-jobs',
        where: { id: { in: ids } },
        overrideAccess: true,
      })
    }
    return { output: {} }
  },
}
