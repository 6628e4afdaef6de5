import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import type { AuditAction } from '@/domain/auditActions'
import { isLocale } from '@/i18n/locales'

import { changedPaths } from './changedPaths'
import { recordAudit } from './record'

/**
 * What a save did, as the save pipeline settled it in `req.context`: a withdrawal of one locale,
 * a publish of one locale, a draft, or (records without drafts) a plain save.
 */
function saveAction(
  req: PayloadRequest,
  operation: 'create' | 'update',
  status: unknown,
): AuditAction {
  const { publishLocale, unpublishLocale, draftSave } = req.context
  if (operation === 'create') return 'create'
  if (unpublishLocale && unpublishLocale === req.locale) return 'withdraw'
  if (publishLocale && publishLocale === req.locale && status === 'published') return 'publish'
  return draftSave || status === 'draft' ? 'save-draft' : 'save'
}

/**
 * Whether the entry for this save is written elsewhere: a save's own follow-up write (a
 * translator's publish writes the editor's shared draft back, src/translation/translatorPublishing.ts)
 * is part of the action already recorded; a bulk import records one entry for the whole import.
 */
function toldElsewhere(req: PayloadRequest): boolean {
  if (req.context.seeding || req.context.auditBatch) return true
  if (!req.context.auditFollowUp) return false
  delete req.context.auditFollowUp
  return true
}

/**
 * Records a save: who, which locale, draft, publish or withdrawal, which field paths changed
 * (leaving out `ignore`, the fields the workflow writes for itself).
 */
export const auditSave =
  (ignore: readonly string[] = []): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, operation, req }) => {
    const data = doc as Record<string, unknown>
    if (toldElsewhere(req)) return doc
    const action = saveAction(req, operation, data._status)
    const fields =
      operation === 'create'
        ? []
        : changedPaths(previousDoc as Record<string, unknown>, data, ignore)
    await recordAudit(req, {
      action,
      collection: collection.slug,
      recordId: data.id as number | string,
      locale: isLocale(req.locale) ? req.locale : null,
      detail: {
        ...(fields.length > 0 ? { fields } : {}),
        ...(req.context.auditVia ? { via: req.context.auditVia } : {}),
      },
    })
    return doc
  }

/** Records a global's save (key figures, site settings): a global is one record, id `global`. */
export const auditGlobalSave =
  (ignore: readonly string[] = []): GlobalAfterChangeHook =>
  async ({ global, doc, previousDoc, req }) => {
    if (toldElsewhere(req)) return doc
    const fields = changedPaths(
      previousDoc as Record<string, unknown>,
      doc as Record<string, unknown>,
      ignore,
    )
    await recordAudit(req, {
      action: 'save',
      collection: global.slug,
      recordId: 'global',
      locale: isLocale(req.locale) ? req.locale : null,
      detail: fields.length > 0 ? { fields } : {},
    })
    return doc
  }

/** Records a deletion: every locale goes with the record, so the entry names none. */
export const auditDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  if (req.context.seeding) return
  await recordAudit(req, { action: 'delete', collection: collection.slug, recordId: id })
}
