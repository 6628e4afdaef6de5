import type { TaskConfig } from 'payload'

import { isLocale, type Locale } from '@/i18n/locales'
import { siteOrigin } from '@/lib/paths'
import type { WorkflowEvents } from '@/workflow/events'

import { workflowMailText } from './mailText'
import { sourceDiffLines } from './sourceDiff'
import type { MailedEvent } from './mailedEvents'

export const sendWorkflowMailTaskSlug = 'sendWorkflowMail'

/** Mails wait in their own queue, run by the app's runner (src/jobs/runner.ts) with the others. */
export const notificationQueue = 'notifications'

/** Mails of users who chose a daily digest: never run, collected by the digest task. */
export const digestQueue = 'notification-digest'

export type WorkflowMailInput = {
  event: MailedEvent
  recipient: number | string
  /** The event as emitted: JSON, so the job can render it after the save's request is gone. */
  data: WorkflowEvents[MailedEvent]
}

/** Where an editor opens the record in the locale the mail is about. */
export const adminRecordUrl = (collection: string, id: number | string, locale: Locale) =>
  `${siteOrigin()}/admin/collections/${collection}/${id}?locale=${locale}`

/**
 * Renders and sends one workflow mail. Queued by the event listeners (src/notifications/
 * subscribe.ts), so a save never waits for the SMTP server and a failed send is retried.
 */
export const sendWorkflowMailTask: TaskConfig<{ input: WorkflowMailInput; output: object }> = {
  slug: sendWorkflowMailTaskSlug,
  retries: 3,
  inputSchema: [
    { name: 'event', type: 'text', required: true },
    { name: 'recipient', type: 'text', required: true },
    { name: 'data', type: 'json', required: true },
  ],
  handler: async ({ input, req }) => {
    const user = await req.payload
      .findByID({ collection: 'users', id: input.recipient, depth: 0, overrideAccess: true })
      .catch(() => null)
    // A user deleted since the event hears nothing more.
    if (!user?.email) return { output: {} }
    const { subject, text } = renderWorkflowMail(input, await sourceDiffLines(req.payload, input))
    await req.payload.sendEmail({ to: user.email, subject, text })
    return { output: {} }
  },
}

/** One mail's subject and text, in English until the users' admin language is stored. */
export function renderWorkflowMail(
  input: WorkflowMailInput,
  fieldLines?: string[],
): { subject: string; text: string } {
  const data = input.data as WorkflowEvents[MailedEvent] & Record<string, unknown>
  const language: Locale = 'en'
  const locale = isLocale(data.locale) ? data.locale : 'en'
  const dueDate = typeof data.dueDate === 'string' ? data.dueDate.slice(0, 10) : null
  const kind =
    input.event !== 'commented'
      ? input.event
      : data.thread
        ? ('answer' as const)
        : ('question' as const)
  return workflowMailText(kind, language, {
    record: `${data.collection} ${data.recordId}`,
    locale: locale.toUpperCase(),
    link: adminRecordUrl(data.collection, data.recordId, locale),
    dueDate: dueDate ?? '',
    // A return's comment, or the text of a question or answer.
    comment:
      typeof data.comment === 'string'
        ? data.comment
        : typeof data.body === 'string'
          ? data.body
          : '',
    field: typeof data.field === 'string' ? data.field : '',
    fields: (fieldLines ?? (Array.isArray(data.fields) ? data.fields.map(String) : []))
      .map((line) => `- ${line}`)
      .join('\n'),
  })
}
