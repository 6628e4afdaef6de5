import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest } from 'payload'

import { ClientError } from '@/http/clientError'
import { withMessages, type QaTranslate } from '@/qa/messages'

import { qaReport, type QaReport } from './qa'

/** The admin language's strings (Payload's `t`), or the keys themselves outside a request's i18n. */
export function qaTranslate(req: Pick<PayloadRequest, 'i18n' | 't'>): QaTranslate {
  const t = req.t ?? req.i18n?.t
  return t ? (key, vars) => t(key as never, vars) : (key) => key
}

/** A report as the API answers it: each finding with its message in the reader's admin language. */
export function reportWithMessages(req: Pick<PayloadRequest, 'i18n' | 't'>, report: QaReport) {
  return { ...report, findings: withMessages(report.findings, qaTranslate(req)) }
}

/**
 * The QA gate: a publish of one locale (narrowed by publishOneLocaleAtATime, which set
 * `context.publishLocale`) is refused with 422 while the text about to go live has QA errors,
 * naming each one; warnings let it through. Editors are refused as translators are: there is no
 * override, since an error is a wrong figure, a lost link or untranslated text on the public
 * site, and correcting the text is the fix. Withdrawing a locale is never refused, nor is a new
 * record's first publish (it has no translation yet; Payload's own validation covers its length).
 */
export const qaGatesPublishing: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'update') return args
  const id = (args as { id?: number | string }).id
  const data = args.data as Record<string, unknown> | undefined
  const locale = req.context.publishLocale
  if (id === undefined || args.draft || data?._status !== 'published' || !locale) return args
  if (req.context.unpublishLocale === locale) return args
  const report = await qaReport(req.payload, {
    collection: collection.slug as CollectionSlug,
    id,
    locale,
    changes: data,
  })
  if (!report?.blocks) return args
  const answer = reportWithMessages(req, report)
  const errors = answer.findings.filter((finding) => finding.severity === 'error')
  const t = qaTranslate(req)
  throw new ClientError(
    422,
    `${t('translator:qaBlocked', { count: errors.length, locale })} ${errors
      .map((finding) => `${finding.path}: ${finding.message}`)
      .join(' ')}`,
    { qa: answer },
  )
}
