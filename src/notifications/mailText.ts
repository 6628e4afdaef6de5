import type { Locale } from '@/i18n/locales'
import { adminTranslations } from '@/i18n/adminTranslations'
import type { MailedEvent } from './mailedEvents'

type MailKey =
  | 'mailAssignedSubject'
  | 'mailAssignedBody'
  | 'mailReviewRequestedSubject'
  | 'mailReviewRequestedBody'
  | 'mailReturnedSubject'
  | 'mailReturnedBody'
  | 'mailApprovedSubject'
  | 'mailApprovedBody'
  | 'mailSourceChangedSubject'
  | 'mailNoDueDate'
  | 'mailSourceChangedBody'

const keys: Record<MailedEvent, { subject: MailKey; body: MailKey }> = {
  assigned: { subject: 'mailAssignedSubject', body: 'mailAssignedBody' },
  reviewRequested: { subject: 'mailReviewRequestedSubject', body: 'mailReviewRequestedBody' },
  returned: { subject: 'mailReturnedSubject', body: 'mailReturnedBody' },
  approved: { subject: 'mailApprovedSubject', body: 'mailApprovedBody' },
  sourceChanged: { subject: 'mailSourceChangedSubject', body: 'mailSourceChangedBody' },
}

/** `{{name}}` placeholders, as Payload's `t` writes them, filled from `values`. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole)
}

/**
 * A workflow mail's subject and text in one admin language. The job renders it outside any
 * request, so it reads the translation tables directly rather than a request's `t`.
 */
export function workflowMailText(
  event: MailedEvent,
  language: Locale,
  values: Record<string, string>,
): { subject: string; text: string } {
  const strings = adminTranslations[language].translator
  values = { ...values, dueDate: values.dueDate || strings.mailNoDueDate }
  return {
    subject: fill(strings[keys[event].subject], values),
    text: fill(strings[keys[event].body], values),
  }
}
