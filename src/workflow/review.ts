import type { PayloadRequest } from 'payload'

import { recordAudit } from '@/audit/record'

import { canEditLocale } from '@/access/canEditLocale'
import { isStaffUser, type AccessUser } from '@/access/roles'
import { inOneTransaction } from '@/db/oneTransaction'
import { ClientError } from '@/http/clientError'
import { adminT } from '@/i18n/adminTranslations'
import type { Locale } from '@/i18n/locales'
import { describe, loadInAllLocales } from '@/translation/records'
import { saveTranslationDrafts, type DraftWrite } from '@/translation/draftWrites'
import { isMachineDraftPrint, withoutMachineMarks } from '@/translation/machineDraft'
import {
  localeStatus,
  recordedSources,
  valueIn,
  type DocumentInAllLocales,
} from '@/translation/status'
import { translatableFields } from '@/translation/translatableFields'

import { emitWorkflowEvent } from './events'
import { liveLocales } from './recordReads'
import { nextState, stateAfterSave, transitions, type ReviewState } from './reviewStates'
import { parseReviewRequest, type RecordRef, type ReviewRequest } from './reviewRequest'
import { sourcePrints } from './sourcePrints'
import {
  saveTask,
  selfReviewAllowed,
  taskKey,
  tasksByKey,
  type Task,
  type TaskChanges,
} from './tasks'

type Planned = { record: RecordRef; task: Task | undefined; state: ReviewState }

const nameOf = (record: RecordRef) => `${record.collection}/${record.id}`

/** Each record of the request in every locale, by `collection/id`; a missing one is a 404. */
async function loadRecords(
  req: PayloadRequest,
  records: readonly RecordRef[],
): Promise<Map<string, DocumentInAllLocales>> {
  const byCollection = new Map<RecordRef['collection'], RecordRef[]>()
  for (const record of records) {
    byCollection.set(record.collection, [...(byCollection.get(record.collection) ?? []), record])
  }
  const found = new Map<string, DocumentInAllLocales>()
  for (const [collection, refs] of byCollection) {
    const docs = await loadInAllLocales(req.payload, collection, { ids: refs.map((ref) => ref.id) })
    for (const doc of docs) found.set(`${collection}/${doc.id}`, doc)
  }
  const missing = records.find((record) => !found.has(nameOf(record)))
  if (missing) {
    throw new ClientError(
      404,
      adminT(req.i18n)('translator:reviewRecordNotFound', { record: nameOf(missing) }),
    )
  }
  return found
}

/** The translator an editor assigns: an existing user who may write the locale. */
async function checkAssignee(req: PayloadRequest, request: ReviewRequest): Promise<void> {
  const t = adminT(req.i18n)
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { equals: request.assignee } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const assignee = docs[0] as AccessUser | undefined
  if (!assignee || !canEditLocale(assignee, request.locale)) {
    throw new ClientError(
      400,
      t('translator:reviewAssigneeLocale', {
        id: String(request.assignee),
        locale: request.locale,
      }),
    )
  }
}

/**
 * POST /api/translation/review: one action on one locale of one or more records. Every record is
 * checked (exists, the action is allowed from its state, by this person, for this locale) before
 * the first is written, and all are written in one transaction: a refusal stores nothing. Then
 * each change is announced (src/workflow/events.ts).
 */
export async function applyReview(req: PayloadRequest, body: unknown): Promise<Task[]> {
  const t = adminT(req.i18n)
  const user = req.user
  if (!user) throw new ClientError(401, t('translator:reviewSignIn'))
  if (!isStaffUser(user)) throw new ClientError(403, t('translator:reviewNoRole'))
  const request = parseReviewRequest(req, body)
  const { action, locale } = request

  const [records, tasks, allowSelfReview] = await Promise.all([
    loadRecords(req, request.records),
    tasksByKey(
      req,
      request.records.map((record) => taskKey(record.collection, record.id, locale)),
    ),
    selfReviewAllowed(req),
  ])
  const planned: Planned[] = []
  for (const record of request.records) {
    const task = tasks.get(taskKey(record.collection, record.id, locale))
    const current = task?.state ?? 'to-do'
    const outcome = nextState({
      action,
      state: current,
      locale,
      actor: user,
      lastTranslator: task?.lastTranslator,
      allowSelfReview,
    })
    if ('refusal' in outcome) {
      const { refusal } = outcome
      const message =
        refusal.reason === 'wrongState'
          ? t('translator:reviewWrongState', {
              record: nameOf(record),
              state: current,
              locale,
              action,
              allowed: refusal.allowedFrom.join(', '),
            })
          : refusal.reason === 'ownWork'
            ? t('translator:reviewOwnWork', { record: nameOf(record), locale })
            : t('translator:reviewNotAllowed', { action, locale })
      throw new ClientError(refusal.status, message)
    }

    const doc = records.get(nameOf(record))!
    const fields = translatableFields(describe(req.payload, record.collection).fields)
    if (
      (action === 'request-review' || action === 'approve') &&
      localeStatus(doc, fields, locale).state === 'missing'
    ) {
      const { fields: states } = localeStatus(doc, fields, locale)
      const untranslated = Object.keys(states).filter((path) => states[path] === 'missing')
      throw new ClientError(
        409,
        t('translator:reviewNotTranslated', {
          record: nameOf(record),
          locale,
          fields: untranslated.join(', '),
        }),
      )
    }
    planned.push({ record, task, state: outcome.state })
  }

  // After the permission checks: only an editor learns whether a user translates a locale.
  if (action === 'assign') await checkAssignee(req, request)

  return inOneTransaction(req, async () => {
    const saved: Task[] = []
    for (const plan of planned) {
      const { record, task } = plan
      const changes = await changesFor(req, request, plan, records.get(nameOf(record))!)
      saved.push(
        await saveTask(
          req,
          task,
          { collection: record.collection, recordId: record.id, locale },
          changes,
        ),
      )
    }
    if (action === 'approve' || action === 'acknowledge') {
      await acceptMachineText(
        req,
        locale,
        planned.map(({ record }) => ({ record, doc: records.get(nameOf(record))! })),
      )
    }
    for (const task of saved) {
      await audit(req, request, task)
      await announce(req, request, task)
    }
    return saved
  })
}

/** What the action writes beside the state. */
async function changesFor(
  req: PayloadRequest,
  request: ReviewRequest,
  { record, task, state }: Planned,
  doc: DocumentInAllLocales,
): Promise<TaskChanges> {
  const actor = req.user!.id
  switch (request.action) {
    case 'assign':
      return { state, assignee: request.assignee, dueDate: request.dueDate }
    case 'request-review':
      return { state, lastTranslator: task?.lastTranslator ?? actor, returnComment: null }
    case 'return':
      return { state, reviewer: actor, returnComment: request.comment }
    case 'approve':
    case 'acknowledge': {
      // Approved and already live is published.
      const live = await liveLocales(req, record.collection, record.id)
      const fields = translatableFields(describe(req.payload, record.collection).fields)
      return {
        state: stateAfterSave(state, { sourceChanged: false, live: live.has(request.locale) }),
        reviewer: actor,
        returnComment: null,
        approvedSources: sourcePrints(doc, fields),
      }
    }
    default:
      return { state }
  }
}

/**
 * An approval accepts the locale's text as it stands, machine pre-translation included: its
 * fields stop being "machine draft, unreviewed" (the marks come off their recorded source prints,
 * in a new draft version with the same text), so the status shows them complete.
 */
async function acceptMachineText(
  req: PayloadRequest,
  locale: Locale,
  approved: readonly { record: RecordRef; doc: DocumentInAllLocales }[],
): Promise<void> {
  const writes: DraftWrite[] = []
  for (const { record, doc } of approved) {
    const recorded = recordedSources(doc, locale)
    const marked = Object.keys(recorded).filter((path) => isMachineDraftPrint(recorded[path]))
    if (marked.length === 0) continue
    const accepted = withoutMachineMarks(recorded)
    writes.push({
      collection: record.collection,
      id: String(record.id),
      data: Object.fromEntries(marked.map((path) => [path, valueIn(doc, path, locale)])),
      prints: Object.fromEntries(marked.map((path) => [path, accepted[path]!])),
    })
  }
  if (writes.length > 0) await saveTranslationDrafts(req, locale, writes)
}

/** The audit trail's entry for a decision on a task (assignments, approvals, returns). */
async function audit(req: PayloadRequest, request: ReviewRequest, task: Task): Promise<void> {
  const action =
    request.action === 'assign'
      ? 'assign'
      : request.action === 'approve' || request.action === 'acknowledge'
        ? 'approve'
        : request.action === 'return'
          ? 'return'
          : null
  if (!action) return
  await recordAudit(req, {
    action,
    collection: task.collection,
    recordId: task.recordId,
    locale: task.locale,
    detail: {
      state: task.state,
      ...(request.action === 'acknowledge' ? { acknowledged: true } : {}),
      ...(action === 'assign' ? { assignee: request.assignee, dueDate: request.dueDate } : {}),
    },
  })
}

async function announce(req: PayloadRequest, request: ReviewRequest, task: Task): Promise<void> {
  const about = {
    collection: task.collection,
    recordId: task.recordId,
    locale: task.locale,
    taskId: task.id,
    by: req.user?.id ?? null,
  }
  const translator = task.lastTranslator ?? null
  switch (request.action) {
    case 'assign':
      return emitWorkflowEvent(req, 'assigned', {
        ...about,
        assignee: request.assignee!,
        dueDate: request.dueDate,
      })
    case 'request-review':
      return emitWorkflowEvent(req, 'reviewRequested', { ...about, translator })
    case 'return':
      return emitWorkflowEvent(req, 'returned', { ...about, translator, comment: request.comment! })
    case 'approve':
      return emitWorkflowEvent(req, 'approved', { ...about, translator })
    default:
      return
  }
}

/**
 * For machine pre-translation, a system step with no person behind it: the record × locale
 * becomes a "machine draft" where nobody has gone further (to do or in translation); a locale in
 * review or approved keeps its state. Returns the task, or null when its state was kept.
 */
export async function recordMachineDraft(
  req: PayloadRequest,
  record: RecordRef,
  locale: Locale,
): Promise<Task | null> {
  const key = taskKey(record.collection, record.id, locale)
  const task = (await tasksByKey(req, [key])).get(key)
  const from = transitions['machine-draft'].from
  if (from !== 'any' && !from.includes(task?.state ?? 'to-do')) return null
  return saveTask(
    req,
    task,
    { collection: record.collection, recordId: record.id, locale },
    { state: 'machine-draft' },
  )
}
