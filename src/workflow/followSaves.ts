import type { CollectionAfterChangeHook, Field } from 'payload'

import { isLocale, sourceLocale } from '@/i18n/locales'
import { fingerprint } from '@/translation/fingerprint'
import { textsOf, translatableFields, valueAt } from '@/translation/translatableFields'

import { emitWorkflowEvent } from './events'
import { draftInAllLocales, liveLocales } from './recordReads'
import { stateAfterSave } from './reviewStates'
import { changedPaths, sourcePrints } from './sourcePrints'
import { saveTask, tasksOfRecord, type TaskChanges } from './tasks'

/**
 * After any save of a content record that has review tasks: an approved locale whose source text
 * changed goes to "needs review" (and says so), an approved locale goes "published" while it is
 * live and back when withdrawn, and whoever changed a locale's text becomes its last translator,
 * whom the review rule keeps from approving it. Records nobody has started a task for cost one
 * indexed read.
 */
export function followSavesInReview(fields: () => readonly Field[]): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, req, collection }) => {
    const id = doc.id as number | string
    const tasks = await tasksOfRecord(req, collection.slug, id)
    if (tasks.length === 0) return doc

    const translatable = translatableFields(fields())
    const [record, live] = await Promise.all([
      draftInAllLocales(req, collection.slug, id),
      liveLocales(req, collection.slug, id),
    ])
    if (!record) return doc
    const prints = sourcePrints(record, translatable)
    const savedLocale = isLocale(req.locale) && req.locale !== sourceLocale ? req.locale : null
    const textChanged =
      savedLocale !== null &&
      textsOf(doc, translatable).some(
        ({ path }) => fingerprint(valueAt(doc, path)) !== fingerprint(valueAt(previousDoc, path)),
      )

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
