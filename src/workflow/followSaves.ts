import type { CollectionAfterChangeHook, Field, PayloadRequest } from 'payload'

import { isContentCollection, type ContentCollection } from '@/domain/contentCollections'
import { isLocale, sourceLocale, type Locale } from '@/i18n/locales'
import { fingerprint } from '@/translation/fingerprint'
import { textsOf, translatableFields, valueAt } from '@/translation/translatableFields'
import { onTranslationsWritten } from '@/translation/writeListeners'

import { emitWorkflowEvent } from './events'
import { draftInAllLocales, liveLocales } from './recordReads'
import { stateAfterSave } from './reviewStates'
import { changedPaths, sourcePrints } from './sourcePrints'
import { saveTask, taskKey, tasksByKey, tasksOfRecord, type TaskChanges } from './tasks'

/**
 * After any save of a content record that has review tasks: an approved locale whose source text
 * changed goes to "needs review" (and says so), an approved locale goes "published" while it is
 * live and back when withdrawn, and whoever changed a locale's text becomes its last translator,
 * whom the review rule keeps from approving it. A record × locale nobody has started a task for
 * gets one, still "to do", the first time someone writes its text: the writer is on record before
 * anyone asks for review.
 */
export function followSavesInReview(fields: () => readonly Field[]): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, req, collection }) => {
    const id = doc.id as number | string
    const tasks = await tasksOfRecord(req, collection.slug, id)
    const savedLocale = isLocale(req.locale) && req.locale !== sourceLocale ? req.locale : null
    if (tasks.length === 0) {
      // Nobody has started a task yet, but whoever writes a locale's text is its translator from
      // now on: a reviewer who does so may not approve it later.
      if (savedLocale && req.user && textChangedIn(doc, previousDoc, fields())) {
        await noteTranslator(req, savedLocale, [{ collection: collection.slug, id: String(id) }])
      }
      return doc
    }

    const translatable = translatableFields(fields())
    const [record, live] = await Promise.all([
      draftInAllLocales(req, collection.slug, id),
      liveLocales(req, collection.slug, id),
    ])
    if (!record) return doc
    const prints = sourcePrints(record, translatable)
    const textChanged = savedLocale !== null && textChangedIn(doc, previousDoc, fields())

    for (const task of tasks) {
      const changed = changedPaths(task.approvedSources, prints)
      const state = stateAfterSave(task.state, {
        sourceChanged: changed.length > 0,
        live: live.has(task.locale),
      })
      const changes: TaskChanges = {}
      if (state !== task.state) changes.state = state
      if (textChanged && task.locale === savedLocale && req.user) {
        if (String(task.lastTranslator ?? '') !== String(req.user.id)) {
          changes.lastTranslator = req.user.id
        }
      }
      if (Object.keys(changes).length === 0) continue
      await saveTask(req, task, task, changes)
      if (state === 'needs-review' && task.state !== 'needs-review') {
        await emitWorkflowEvent(req, 'sourceChanged', {
          collection: task.collection,
          recordId: task.recordId,
          locale: task.locale,
          taskId: task.id,
          by: req.user?.id ?? null,
          previousState: task.state,
          fields: changed,
        })
      }
    }
    return doc
  }
}

function textChangedIn(
  doc: Record<string, unknown>,
  previousDoc: Record<string, unknown> | undefined,
  fields: readonly Field[],
): boolean {
  return textsOf(doc, translatableFields(fields)).some(
    ({ path }) => fingerprint(valueAt(doc, path)) !== fingerprint(valueAt(previousDoc, path)),
  )
}

/**
 * Records `req.user` as the last translator of each record's `locale` (a task is created, still
 * "to do", where there is none). Content collections only: the others have no review.
 */
async function noteTranslator(
  req: PayloadRequest,
  locale: Locale,
  records: readonly { collection: string; id: string }[],
): Promise<void> {
  const user = req.user
  if (!user) return
  const reviewed = records.filter(
    (record): record is { collection: ContentCollection; id: string } =>
      isContentCollection(record.collection),
  )
  const tasks = await tasksByKey(
    req,
    reviewed.map((record) => taskKey(record.collection, record.id, locale)),
  )
  for (const record of reviewed) {
    const task = tasks.get(taskKey(record.collection, record.id, locale))
    if (task && String(task.lastTranslator ?? '') === String(user.id)) continue
    await saveTask(
      req,
      task,
      { collection: record.collection, recordId: record.id, locale },
      {
        lastTranslator: user.id,
      },
    )
  }
}

// Bulk writers (the XLIFF import) run no collection hook: they say what they wrote instead.
onTranslationsWritten(noteTranslator)
