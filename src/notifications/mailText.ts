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
  | 'mailQuestionSubject'
  | 'mailQuestionBody'
  | 'mailAnswerSubject'
  | 'mailAnswerBody'

/** What a mail says: an event, with a comment told apart as a new question or an answer. */
export type MailKind = Exclude<MailedEvent, 'commented'> | 'question' | 'answer'

const keys: Record<MailKind, { subject: MailKey; body: MailKey }> = {
  assigned: { subject: 'mailAssignedSubject', body: 'mailAssignedBody' },
  reviewRequested: { subject: 'mailReviewRequestedSubject', body: 'mailReviewRequestedBody' },
  returned: { subject: 'mailReturnedSubject', body: 'mailReturnedBody' },
  approved: { subject: 'mailApprovedSubject', body: 'mailApprovedBody' },
  sourceChanged: { subject: 'mailSourceChangedSubject', body: 'mailSourceChangedBody' },
  question: { subject: 'mailQuestionSubject', body: 'mailQuestionBody' },
  answer: { subject: 'mailAnswerSubject', body: 'mailAnswerBody' },
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
  kind: MailKind,
  language: Locale,
  values: Record<string, string>,
): { subject: string; text: string } {
  const strings = adminTranslations[language].translator
  values = { ...values, dueDate: values.dueDate || strings.mailNoDueDate }
  return {
    subject: fill(strings[keys[kind].subject], values),
    text: fill(strings[keys[kind].body], values),
  }
}
