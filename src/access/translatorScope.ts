import {
  Forbidden,
  type Access,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type Field,
  type PayloadRequest,
} from 'payload'

import { isLocale } from '@/i18n/locales'
import { unpublishContextKey } from '@/domain/contextKeys'

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

type LoadOriginal = (args: {
  id?: number | string
  req: PayloadRequest
}) => Promise<Record<string, unknown> | null>

/** The fields a write is checked against. */
export type FieldsOf = (req: PayloadRequest) => readonly Field[]

/**
 * A collection's fields as Payload stores them: its configuration's own plus those Payload adds
 * (timestamps, and an upload's filename, size and dimensions), so a translator's write to any of
 * them is compared like any other shared field.
 */
export function collectionFields(slug: string): FieldsOf {
  return (req) => req.payload.collections[slug as CollectionSlug]?.config.fields ?? []
}

/** A global's fields as Payload stores them (with its timestamps and the ids of array rows). */
export function globalFields(slug: string): FieldsOf {
  return (req) => req.payload.config.globals.find((global) => global.slug === slug)?.fields ?? []
}

type Write = { req: PayloadRequest; id?: number | string; data?: unknown }

/**
 * What a translator may write in localized content: only localized fields, only in a locale of
 * their own, and no publishing (per-locale publishing narrows a publish to one locale before this
 * runs, src/translation/publishing.ts). Answers why a write is refused, or null when it is not.
 * A request without data (asking what the user may do) is answered by locale.
 */
function translatorRefusal(fieldsOf: FieldsOf, loadOriginal: LoadOriginal) {
  return async ({ req, id, data }: Write): Promise<string | null> => {
    const { user } = req
    if (!canEditLocale(user, req.locale)) {
      return `Translators may write only in their own locales (${(user?.locales ?? []).join(', ') || 'none'}); this request writes "${String(req.locale)}".`
    }
    // Payload deletes the old file before any hook could stop the save, and the file, its size and
    // dimensions are the same in every language.
    if (req.file)
      return 'Translators cannot upload or replace a file: it is shared by every language. Ask an editor to replace it.'
    if (!data || typeof data !== 'object') return null
    // A translator may publish the one locale a publish was narrowed to, when it is theirs.
    // A bulk publish (no id) cannot be narrowed to one locale, so it stays an editor's job.
    // The admin asks with no context whether the Publish button may show: a single-record publish
    // is always narrowed to the request's locale, so the answer is the same.
    const publishesOneLocale =
      id !== undefined && (req.context.publishLocale ?? req.locale) === req.locale
    if ((data as { _status?: unknown })._status === 'published' && !publishesOneLocale) {
      return 'Translators publish one of their own locales at a time, never all at once.'
    }
    const fields = fieldsOf(req)
    const written = withoutSystemFields(data)
    if (!writesSharedFields(fields, written)) return null
    // Without an id (a bulk update) there is no one record to compare with: any shared value is a change.
    const original = await loadOriginal({ id, req })
    const changed = sharedFieldChanges(fields, written, original ?? {})
    return changed.length > 0
      ? `Translators cannot change shared (non-localized) fields: ${changed.join(', ')}.`
      : null
  }
}

/**
 * Update access for localized content: editors write anything, translators what the rule above
 * allows. A plain yes or no, because Payload also asks it to decide what the admin shows: it
 * passes the stored document as the data, and an access function that threw there would leave a
 * translator with "Nothing found" for a record opened in the source locale.
 */
export function translatorScopedUpdate(fields: FieldsOf, loadOriginal: LoadOriginal): Access {
  const refusal = translatorRefusal(fields, loadOriginal)
  return async ({ req, id, data }) => {
    if (isEditorUser(req.user)) return true
    if (!isTranslatorOnly(req.user)) return false
    return (await refusal({ req, id, data })) === null
  }
}

/**
 * Before a translator's update runs (after the hooks that narrow a publish to one locale and drop
 * stale shared values): the same rule, refused whole with a 403 that says which rule the write
 * broke, so a translator knows what to undo. Nothing is stored.
 */
export function explainTranslatorRefusals(fields: FieldsOf, loadOriginal: LoadOriginal) {
  const refusal = translatorRefusal(fields, loadOriginal)
  return async ({ args, operation, overrideAccess, req }: HookArgs): Promise<void> => {
    if (operation !== 'update' || overrideAccess || !isTranslatorOnly(req.user)) return
    const reason = await refusal({
      req,
      id: (args as { id?: number | string }).id,
      data: (args as { data?: unknown }).data ?? {},
    })
    if (reason) throw new TranslatorScopeForbidden(reason)
  }
}

/** What collection and global beforeOperation hooks both receive. */
type HookArgs = { args?: unknown; operation: string; overrideAccess?: boolean; req: PayloadRequest }

/**
 * Not compared as shared fields: the draft status, whose publishing rule is checked above, and the
 * time of the last save, which Payload sets itself (translatorsLeaveTimestampsToPayload drops it
 * from the data). A form's stale copy of either is no shared-field edit. `createdAt` is compared:
 * unchanged it passes, changed it is refused like any shared field.
 */
const systemFields = new Set(['_status', 'updatedAt'])

function withoutSystemFields(data: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !systemFields.has(key)))
}

/**
 * A translator's data never sets the time of the last save: Payload records it. Dropped, not
 * refused, because a form sends back the value it was opened with.
 */
export function translatorsLeaveTimestampsToPayload({ args, operation, req }: HookArgs): void {
  const holder = args as { data?: unknown } | undefined
  const data = holder?.data as Record<string, unknown> | undefined
  if (
    operation !== 'update' ||
    !isTranslatorOnly(req.user) ||
    !data ||
    typeof data !== 'object' ||
    !('updatedAt' in data)
  ) {
    return
  }
  // A copy without it: the caller's object stays as it was.
  const { updatedAt: _dropped, ...rest } = data
  holder!.data = rest
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
export const translatorsCannotRestoreVersions: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation === 'restoreVersion' && isTranslatorOnly(req.user) && !overrideAccess) {
    throw new TranslatorScopeForbidden(
      'Restoring a version replaces every language and shared field; ask an editor to restore it.',
    )
  }
  return args
}

/**
 * A translator's save writes their locale's draft, or publishes or withdraws their locale; never
 * the whole record. Payload reads a save without `draft` as writing the published document from
 * the latest draft of every locale (so a German save would publish an English draft), and one that
 * sets `_status: 'draft'` as unpublishing every locale (the admin's Unpublish button). So:
 * - a draft save that carries the published status (copy-to-locale sends it) stays a draft;
 * - a save without `draft` that does not publish is a draft save;
 * - an unpublish of one record withdraws the translator's locale only (src/translation/publishing.ts).
 */
export const translatorSavesStayInTheirLocale: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'update' || overrideAccess || !isTranslatorOnly(req.user)) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  if (data._status === 'published' && !args.draft) return args
  const id = (args as { id?: unknown }).id
  if (data._status === 'draft' && !args.draft && id !== undefined && isLocale(req.locale)) {
    req.context[unpublishContextKey] = req.locale
    return { ...args, data: { ...data, _status: 'published' } }
  }
  return { ...args, draft: true, data: { ...data, _status: 'draft' } }
}

/**
 * A translator's form carries the shared fields as they were when it was opened. If an editor has
 * changed one since, the form's value is stale, not a change: drop it, so the translator's save
 * neither fails nor undoes the editor's work. A value the record never had stays in the data and
 * is refused by the update rule above.
 */
export function dropStaleSharedValues(fieldsOf: FieldsOf): CollectionBeforeOperationHook {
  return async ({ args, operation, overrideAccess, req, collection }) => {
    const fields = () => fieldsOf(req)
    const id = (args as { id?: string | number }).id
    const data = (args as { data?: Record<string, unknown> }).data
    if (
      operation !== 'update' ||
      overrideAccess ||
      id === undefined ||
      !data ||
      !isTranslatorOnly(req.user)
    )
      return args
    if (!writesSharedFields(fields(), withoutSystemFields(data))) return args
    const current = await loadDocument(collection.slug)({ id, req })
    const changed = new Set(
      sharedFieldChanges(fields(), withoutSystemFields(data), current ?? {}).map(
        (path) => path.split('.')[0]!,
      ),
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
      docs.some(
        (version) =>
          sharedFieldChanges(fields(), { [name]: data[name] }, version.version as never).length ===
          0,
      ),
    )
    if (stale.length === 0) return args
    return {
      ...args,
      data: Object.fromEntries(Object.entries(data).filter(([key]) => !stale.includes(key))),
    } as typeof args
  }
}
