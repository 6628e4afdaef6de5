import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  Field,
} from 'payload'

import { isTranslatorOnly } from '@/access/roles'
import { sharedFieldChanges } from '@/access/sharedFieldChanges'
import { loadDocument, TranslatorScopeForbidden, type FieldsOf } from '@/access/translatorScope'
import { isLocale } from '@/i18n/locales'

import { readPublicDocument } from './publishing'

/**
 * A translator's publish (or withdrawal) of their locale rewrites the published document, and
 * Payload builds its shared fields from the latest draft: an editor's unapproved dates, status or
 * links would go live with the German text, and a record no editor ever published would appear.
 * So a translator publishes only their locale's text, over the shared values that are already
 * public, and only on a record an editor has put on the public site. The editor's draft of the
 * shared fields stays the latest draft: nothing anyone saved is lost.
 */
type Values = Record<string, unknown>

/** Fields Payload maintains itself; never copied between the public document and a draft. */
const maintained = new Set(['id', '_status', 'createdAt', 'updatedAt', 'deletedAt'])

/** The names of the top-level shared (non-localized) fields, through rows, collapsibles and unnamed tabs. */
export function sharedFieldNames(fields: readonly Field[]): string[] {
  return fields.flatMap((field): string[] => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? tab.localized
            ? []
            : [tab.name]
          : sharedFieldNames(tab.fields),
      )
    }
    if (!('name' in field) || !field.name)
      return 'fields' in field ? sharedFieldNames(field.fields) : []
    if (('localized' in field && field.localized) || maintained.has(field.name)) return []
    return [field.name]
  })
}

function pick(doc: Values, names: readonly string[]): Values {
  return Object.fromEntries(names.map((name) => [name, doc[name] ?? null]))
}

/**
 * Before a translator's single-record publish (after the hooks that narrow it to their locale and
 * the scope rules): refuse it when the record is not public, else remember the public and the
 * draft values of the shared fields for the two hooks below.
 */
export function translatorsPublishOverPublicValues(
  fieldsOf: FieldsOf,
): CollectionBeforeOperationHook {
  return async ({ args, collection, operation, overrideAccess, req }) => {
    const id = (args as { id?: number | string }).id
    const data = (args as { data?: Values }).data
    if (operation !== 'update' || overrideAccess || !isTranslatorOnly(req.user)) return args
    if (id === undefined || args.draft || data?._status !== 'published') return args
    const published = (await readPublicDocument(
      req,
      collection.slug as CollectionSlug,
      id,
    )) as Values | null
    if (published?._status !== 'published') {
      throw new TranslatorScopeForbidden(
        'Only an editor can put a record on the public site: this record has not been published yet. ' +
          'Save your translation as a draft; it can be published once an editor has published the record.',
      )
    }
    const names = sharedFieldNames(fieldsOf(req))
    const latest = (await loadDocument(collection.slug)({ id, req })) ?? {}
    req.context.translatorPublication = {
      public: pick(published, names),
      draft: pick(latest, names),
    }
    return args
  }
}

/**
 * The published document gets the public shared values. Runs after field access, so these values
 * are what Payload stores and what it merges the translator's locale into.
 */
export const publishOverPublicValues: CollectionBeforeChangeHook = ({ data, req }) => {
  const pending = req.context.translatorPublication
  return pending ? { ...data, ...pending.public } : data
}

/**
 * Payload stored the published document as the latest draft too; where an editor's draft of a
 * shared field differed from the public value, save it back as the latest draft, in the same
 * transaction.
 */
export function keepEditorsSharedDraft(fieldsOf: FieldsOf): CollectionAfterChangeHook {
  return async ({ collection, doc, req }) => {
    const pending = req.context.translatorPublication
    if (!pending) return doc
    delete req.context.translatorPublication
    const changed = sharedFieldChanges(fieldsOf(req), pending.draft, pending.public).map(
      (path) => path.split('.')[0]!,
    )
    if (changed.length === 0) return doc
    // Part of the publish the audit trail has recorded already (its hook runs before this one).
    req.context.auditFollowUp = true
    await req.payload.update({
      collection: collection.slug as CollectionSlug,
      id: doc.id as number | string,
      locale: isLocale(req.locale) ? req.locale : undefined,
      draft: true,
      depth: 0,
      data: {
        ...Object.fromEntries(changed.map((name) => [name, pending.draft[name]])),
        _status: 'draft',
      } as never,
      overrideAccess: true,
      req,
    })
    return doc
  }
}
