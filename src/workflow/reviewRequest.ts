import type { PayloadRequest } from 'payload'

import { contentCollections, isContentCollection } from '@/domain/contentCollections'
import type { ContentCollection } from '@/domain/contentCollections'
import { ClientError } from '@/http/clientError'
import { adminT } from '@/i18n/adminTranslations'
import { isLocale, locales, sourceLocale, type Locale } from '@/i18n/locales'
import { recordIdFrom } from '@/translation/recordId'

import { isReviewAction, reviewActions, type ReviewAction } from './reviewStates'

export const maxRecordsPerRequest = 200
export const maxCommentLength = 2000

export type RecordRef = { collection: ContentCollection; id: number | string }

/** A request to POST /api/translation/review, checked for shape (not yet for who may). */
export type ReviewRequest = {
  action: ReviewAction
  locale: Locale
  records: RecordRef[]
  comment: string | null
  assignee: number | string | null
  dueDate: string | null
}

const translatedLocales = locales.filter((code) => code !== sourceLocale)

/** `YYYY-MM-DD` or a full ISO timestamp, as a valid date. */
function dueDateFrom(value: unknown): string | null | undefined {
  if (value === undefined || value === null || value === '') return null
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)
  )
    return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/**
 * Reads the body: `{ action, locale, records: [{ collection, id }], comment?, assignee?, dueDate? }`
 * (or one `collection` and `id` instead of `records`). Each problem is a 400 naming it.
 */
export function parseReviewRequest(req: PayloadRequest, body: unknown): ReviewRequest {
  const t = adminT(req.i18n)
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new ClientError(400, t('translator:reviewBadBody', { actions: reviewActions.join('|') }))
  }
  const input = body as Record<string, unknown>
  if (!isReviewAction(input.action)) {
    throw new ClientError(
      400,
      t('translator:reviewUnknownAction', {
        action: String(input.action ?? ''),
        actions: reviewActions.join(', '),
      }),
    )
  }
  if (!isLocale(input.locale) || input.locale === sourceLocale) {
    throw new ClientError(
      400,
      t('translator:reviewUnknownLocale', {
        locale: String(input.locale ?? ''),
        locales: translatedLocales.join(', '),
      }),
    )
  }
  const listed =
    input.records === undefined ? [{ collection: input.collection, id: input.id }] : input.records
  if (!Array.isArray(listed) || listed.length === 0 || listed.length > maxRecordsPerRequest) {
    throw new ClientError(400, t('translator:reviewRecordCount', { max: maxRecordsPerRequest }))
  }
  const records = listed.map((item: unknown): RecordRef => {
    const { collection, id } = (item ?? {}) as { collection?: unknown; id?: unknown }
    const text = typeof id === 'number' || typeof id === 'string' ? String(id) : ''
    const recordId =
      typeof collection === 'string' && isContentCollection(collection) && text
        ? recordIdFrom(req.payload, text, collection)
        : null
    if (recordId === null) {
      throw new ClientError(
        400,
        t('translator:reviewBadRecord', {
          record: JSON.stringify(item ?? null).slice(0, 100),
          collections: contentCollections.join(', '),
        }),
      )
    }
    return { collection: collection as ContentCollection, id: recordId }
  })

  let comment: string | null = null
  if (input.action === 'return') {
    const text = typeof input.comment === 'string' ? input.comment.trim() : ''
    if (!text || text.length > maxCommentLength) {
      throw new ClientError(400, t('translator:reviewNeedsComment', { max: maxCommentLength }))
    }
    comment = text
  }

  let assignee: number | string | null = null
  let dueDate: string | null = null
  if (input.action === 'assign') {
    const text =
      typeof input.assignee === 'number' || typeof input.assignee === 'string'
        ? String(input.assignee)
        : ''
    assignee = text ? recordIdFrom(req.payload, text, 'users') : null
    if (assignee === null) throw new ClientError(400, t('translator:reviewBadAssignee'))
    const due = dueDateFrom(input.dueDate)
    if (due === undefined) {
      throw new ClientError(
        400,
        t('translator:reviewBadDueDate', { value: String(input.dueDate).slice(0, 40) }),
      )
    }
    dueDate = due
  }
  return { action: input.action, locale: input.locale, records, comment, assignee, dueDate }
}
