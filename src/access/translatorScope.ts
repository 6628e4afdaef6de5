import { Forbidden, type Access, type CollectionBeforeOperationHook, type Field, type PayloadRequest } from 'payload'

import { canEditLocale } from './canEditLocale'
import { isEditorUser, isTranslatorOnly } from './roles'
import { sharedFieldChanges, writesSharedFields } from './sharedFieldChanges'

/** A 403 that says which rule the write broke, so a translator knows what to undo. */
export class TranslatorScopeForbidden extends Forbidden {
  constructor(message: string) {
    super()
    this.message = message
  }
}

type LoadOriginal = (args: { id?: number | string; req: PayloadRequest }) => Promise<Record<string, unknown> | null>

/**
 * Update access for localized content. Editors write anything. A translator writes only localized
 * fields, only in a locale of their own, and publishes nothing (per-locale publishing comes with
 * the translator workflow). A write outside that is refused whole with 403 before anything is
 * stored; a request without data (the admin asking what the user may do) is answered by locale.
 */
export function translatorScopedUpdate(fields: () => readonly Field[], loadOriginal: LoadOriginal): Access {
  return async ({ req, id, data }) => {
    const { user } = req
    if (isEditorUser(user)) return true
    if (!isTranslatorOnly(user)) return false
    if (!canEditLocale(user, req.locale)) {
      if (!data) return false
      throw new TranslatorScopeForbidden(
        `Translators may write only in their own locales (${(user?.locales ?? []).join(', ') || 'none'}); this request writes "${String(req.locale)}".`,
      )
    }
    if (!data) return true
    // Publishing is narrowed to one locale before access runs (src/translation/publishing.ts);
    // a translator may publish that locale when it is theirs, which was checked above.
    // A bulk publish (no id) cannot be narrowed to one locale, so it stays an editor's job.
    const publishesOneLocale = id !== undefined && req.context.publishLocale === req.locale
    if ((data as { _status?: unknown })._status === 'published' && !publishesOneLocale) {
      throw new TranslatorScopeForbidden('Translators publish one of their own locales at a time, never all at once.')
    }
    const written = withoutSystemFields(data)
    if (!writesSharedFields(fields(), written)) return true
    // Without an id (a bulk update) there is no one record to compare with: any shared value is a change.
    const original = await loadOriginal({ id, req })
    const changed = sharedFieldChanges(fields(), written, original ?? {})
    if (changed.length > 0) {
      throw new TranslatorScopeForbidden(
        `Translators cannot change shared (non-localized) fields: ${changed.join(', ')}.`,
      )
    }
    return true
  }
}

/**
 * Payload maintains these itself: timestamps, and the draft status whose publishing rule is
 * checked above. A draft save from a translator's form carries them and is no shared-field edit.
 */
const systemFields = new Set(['_status', 'createdAt', 'updatedAt'])

function withoutSystemFields(data: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !systemFields.has(key)))
}

/** Loads the latest draft of a document: that is what the translator's form was filled from. */
export function loadDocument(collection: string): LoadOriginal {
  return async ({ id, req }) => {
    if (id === undefined) return null
    const doc = await req.payload.findByID({
      collection: collection as 'users',
      id,
      depth: 0,
      draft: true,
      locale: req.locale ?? undefined,
      fallbackLocale: false,
      overrideAccess: true,
      // A copy: the Local API would set its locale options on the request being authorized.
      req: { ...req },
    })
    return doc as unknown as Record<string, unknown>
  }
}

export function loadGlobal(slug: string): LoadOriginal {
  return async ({ req }) => {
    const doc = await req.payload.findGlobal({
      slug: slug as never,
      depth: 0,
      locale: req.locale ?? undefined,
      fallbackLocale: false,
      overrideAccess: true,
      // A copy: the Local API would set its locale options on the request being authorized.
      req: { ...req },
    })
    return doc as unknown as Record<string, unknown>
  }
}

/**
 * Restoring a version writes every locale and every shared field at once, and Payload authorizes
 * it with a data-less update check that a translator passes. Translators ask an editor instead.
 */
export const translatorsCannotRestoreVersions: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation === 'restoreVersion' && isTranslatorOnly(req.user) && !overrideAccess) {
    throw new TranslatorScopeForbidden(
      'Restoring a version replaces every language and shared field; ask an editor to restore it.',
    )
  }
  return args
}

/**
 * A translator's draft save stays a draft. Payload's copy-to-locale sends the source locale's
 * `_status` along with `draft: true`, which Payload treats as publishing every locale; for a
 * translator that would be refused outright, losing the copy they asked for.
 */
export const translatorDraftsStayDrafts: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'update' || overrideAccess || !isTranslatorOnly(req.user) || !args.draft) return args
  const data = args.data as Record<string, unknown> | undefined
  if (data?._status !== 'published') return args
  return { ...args, data: { ...data, _status: 'draft' } }
}

/**
 * A translator's form carries the shared fields as they were when it was opened. If an editor has
 * changed one since, the form's value is stale, not a change: drop it, so the translator's save
 * neither fails nor undoes the editor's work. A value the record never had stays in the data and
 * is refused by the update rule above.
 */
export function dropStaleSharedValues(fields: () => readonly Field[]): CollectionBeforeOperationHook {
  return async ({ args, operation, overrideAccess, req, collection }) => {
    const id = (args as { id?: string | number }).id
    const data = (args as { data?: Record<string, unknown> }).data
    if (operation !== 'update' || overrideAccess || id === undefined || !data || !isTranslatorOnly(req.user)) return args
    if (!writesSharedFields(fields(), withoutSystemFields(data))) return args
    const current = await loadDocument(collection.slug)({ id, req })
    const changed = new Set(
      sharedFieldChanges(fields(), withoutSystemFields(data), current ?? {}).map((path) => path.split('.')[0]!),
    )
    if (changed.size === 0) return args
    const { docs } = await req.payload.findVersions({
      collection: collection.slug as 'milestones',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 50,
      depth: 0,
      locale: req.locale ?? undefined,
      overrideAccess: true,
      req: { ...req },
    })
    const stale = [...changed].filter((name) =>
      docs.some((version) => sharedFieldChanges(fields(), { [name]: data[name] }, version.version as never).length === 0),
    )
    if (stale.length === 0) return args
    return { ...args, data: Object.fromEntries(Object.entries(data).filter(([key]) => !stale.includes(key))) } as typeof args
  }
}
