import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { canCommentIn } from '@/access/canCommentIn'
import { type AccessUser, isEditorUser, isStaffUser } from '@/access/roles'
import { contentCollections, isContentCollection } from '@/domain/contentCollections'
import { ClientError } from '@/http/clientError'
import { adminT } from '@/i18n/adminTranslations'
import { isLocale, locales } from '@/i18n/locales'
import { recordIdFrom } from '@/translation/recordId'
import { translatableFields } from '@/translation/translatableFields'

import { commentCollection, commentMaxLength } from './commentSlug'
import { emitWorkflowEvent } from './events'

type Data = Record<string, unknown>

/** A relationship's id, whether the value is the id or the populated document. */
const idOf = (value: unknown): string | null => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return id === null || id === undefined || id === '' ? null : String(id)
}

/** What says where a comment belongs: set once, by the first comment of its thread. */
const placement = ['collection', 'recordId', 'field', 'locale'] as const

/** `path` names a translatable field of the collection: `name`, or `array.<row id>.name` in a shared array. */
function isTranslatableField(req: PayloadRequest, collection: string, path: string): boolean {
  const fields = translatableFields(
    req.payload.collections[collection as (typeof contentCollections)[number]].config.fields,
  )
  return fields.some((field) => {
    if (!field.array) return field.path === path
    const [array, row, ...rest] = path.split('.')
    return array === field.array && Boolean(row) && rest.join('.') === field.path
  })
}

function checkedBody(req: PayloadRequest, value: unknown): string {
  const t = adminT(req.i18n)
  const body = typeof value === 'string' ? value.trim() : ''
  if (!body) throw new ClientError(400, t('translator:commentEmptyBody'))
  if (body.length > commentMaxLength) {
    throw new ClientError(400, t('translator:commentBodyTooLong', { max: commentMaxLength }))
  }
  return body
}

/** Where a new first comment belongs, checked: a content collection's record, field and locale. */
async function checkedPlacement(req: PayloadRequest, data: Data): Promise<Data> {
  const t = adminT(req.i18n)
  const collection = String(data.collection ?? '')
  if (!isContentCollection(collection)) {
    throw new ClientError(
      400,
      t('translator:commentBadCollection', {
        value: collection,
        known: contentCollections.join(', '),
      }),
    )
  }
  const locale = data.locale
  if (!isLocale(locale)) {
    throw new ClientError(
      400,
      t('translator:commentBadLocale', { value: String(locale ?? ''), known: locales.join(', ') }),
    )
  }
  const field = String(data.field ?? '')
  if (!isTranslatableField(req, collection, field)) {
    throw new ClientError(400, t('translator:commentBadField', { value: field, collection }))
  }
  const recordText = String(data.recordId ?? '')
  const recordId = recordIdFrom(req.payload, recordText, collection)
  const found =
    recordId !== null &&
    (
      await req.payload.count({
        collection,
        where: { id: { equals: recordId } },
        overrideAccess: true,
        req,
      })
    ).totalDocs > 0
  if (!found) {
    throw new ClientError(400, t('translator:commentBadRecord', { value: recordText, collection }))
  }
  return { collection, recordId: String(recordId), field, locale }
}

/** A reply belongs where its thread's first comment does. */
async function threadPlacement(req: PayloadRequest, threadId: string): Promise<Data> {
  const { docs } = await req.payload.find({
    collection: commentCollection,
    where: { id: { equals: threadId } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const first = docs[0] as Data | undefined
  if (!first || idOf(first.thread)) {
    throw new ClientError(400, adminT(req.i18n)('translator:commentBadThread', { value: threadId }))
  }
  // The stored id, of the database's id type (a number in SQL), which the relationship checks.
  return { ...Object.fromEntries(placement.map((name) => [name, first[name]])), thread: first.id }
}

/** The first comment of the thread `doc` belongs to (itself when it starts one). */
async function threadStarter(req: PayloadRequest, doc: Data): Promise<Data> {
  const threadId = idOf(doc.thread)
  if (!threadId) return doc
  return (await req.payload.findByID({
    collection: commentCollection,
    id: threadId,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Data
}

async function newComment(req: PayloadRequest, user: AccessUser, data: Data): Promise<Data> {
  const t = adminT(req.i18n)
  const body = checkedBody(req, data.body)
  const threadId = idOf(data.thread)
  const where = threadId
    ? await threadPlacement(req, threadId)
    : { ...(await checkedPlacement(req, data)), thread: null }
  if (!canCommentIn(user, where.locale)) {
    throw new ClientError(
      403,
      t('translator:commentLocaleNotYours', { value: String(where.locale) }),
    )
  }
  return {
    ...where,
    body,
    // Set here, never taken from the client: who wrote it is who is signed in.
    author: user.id,
    resolved: false,
    resolvedBy: null,
    resolvedAt: null,
  }
}

async function changedComment(
  req: PayloadRequest,
  user: AccessUser,
  data: Data,
  original: Data,
): Promise<Data> {
  const t = adminT(req.i18n)
  for (const name of [...placement, 'thread', 'author'] as const) {
    if (data[name] === undefined) continue
    const before = name === 'thread' || name === 'author' ? idOf(original[name]) : original[name]
    const after = name === 'thread' || name === 'author' ? idOf(data[name]) : data[name]
    if (String(after ?? '') !== String(before ?? '')) {
      throw new ClientError(400, t('translator:commentFixed', { name }))
    }
  }
  const next: Data = { ...data }
  for (const name of [...placement, 'thread', 'author', 'resolvedBy', 'resolvedAt'] as const) {
    next[name] = original[name]
  }
  if (data.body !== undefined) {
    const body = checkedBody(req, data.body)
    if (body !== original.body && idOf(original.author) !== String(user.id)) {
      throw new ClientError(403, t('translator:commentOnlyAuthor'))
    }
    next.body = body
  }
  if (data.resolved !== undefined && Boolean(data.resolved) !== Boolean(original.resolved)) {
    if (idOf(original.thread)) throw new ClientError(400, t('translator:commentResolveReply'))
    const starter = await threadStarter(req, original)
    if (!isEditorUser(user) && idOf(starter.author) !== String(user.id)) {
      throw new ClientError(403, t('translator:commentResolveNotAllowed'))
    }
    next.resolved = Boolean(data.resolved)
    next.resolvedBy = next.resolved ? user.id : null
    next.resolvedAt = next.resolved ? new Date().toISOString() : null
  } else {
    next.resolved = Boolean(original.resolved)
  }
  return next
}

/**
 * Every write of a comment passes here, whatever the API: who may say what where, and the fields
 * only the server sets (author, resolvedBy, resolvedAt, a reply's placement).
 */
export const checkComment: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const t = adminT(req.i18n)
  const user = req.user as AccessUser | null | undefined
  if (!user) throw new ClientError(401, t('translator:commentSignIn'))
  if (!isStaffUser(user)) throw new ClientError(403, t('translator:commentNoRole'))
  return operation === 'create'
    ? newComment(req, user, data as Data)
    : changedComment(req, user, data as Data, originalDoc as Data)
}

/** Tells notifications that someone asked or answered, once the comment is stored. */
export const announceComment: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const comment = doc as Data
  await emitWorkflowEvent(req, 'commented', {
    collection: String(comment.collection),
    recordId: String(comment.recordId),
    locale: comment.locale as never,
    field: String(comment.field),
    commentId: comment.id as number | string,
    thread: idOf(comment.thread),
    body: String(comment.body),
    by: req.user?.id ?? null,
  })
  return doc
}
