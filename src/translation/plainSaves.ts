import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

import { isTranslatorOnly } from '@/access/roles'
import { isLocale } from '@/i18n/locales'

import { publishedFieldName, readPublicDocument } from './publishing'

/**
 * An edit that does not say whether it publishes (REST `PATCH` without `_status`, a GraphQL
 * mutation without `draft`) keeps what the public sees. Payload reads the missing status from the
 * latest version, which after any per-locale publish is a draft snapshot, so such an edit would
 * take the whole record off the public site. Instead:
 * - one record, in a locale that is public: the edit is published, narrowed to that locale by
 *   publishOneLocaleAtATime (Payload's own rule for a published document);
 * - anything else (a locale not yet public, a record never published, a bulk edit, `locale=all`):
 *   a draft save, which leaves the public record as it is.
 * Translators' saves are drafts anyway (translatorSavesStayInTheirLocale).
 */
export const plainSavesKeepPublication: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
}) => {
  if (operation !== 'update' || args.draft || isTranslatorOnly(req.user)) return args
  const data = args.data as Record<string, unknown> | undefined
  if (!data || typeof data !== 'object' || '_status' in data) return args
  const id = (args as { id?: number | string }).id
  const status =
    id !== undefined &&
    isLocale(req.locale) &&
    (await localeIsPublic(req, collection.slug as CollectionSlug, id))
  return status
    ? { ...args, data: { ...data, _status: 'published' } }
    : { ...args, draft: true, data: { ...data, _status: 'draft' } }
}

async function localeIsPublic(
  req: Parameters<CollectionBeforeOperationHook>[0]['req'],
  collection: CollectionSlug,
  id: number | string,
) {
  const doc = await readPublicDocument(req, collection, id, {
    _status: true,
    [publishedFieldName]: true,
  })
  return doc?._status === 'published' && doc[publishedFieldName] === true
}
