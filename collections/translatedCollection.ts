import type { Access, CollectionBeforeOperationHook, CollectionConfig, Field } from 'payload'

import { isEditor } from '@/access/isEditor'
import { auditDelete, auditSave } from '@/audit/contentHooks'
import {
  collectionFields,
  explainTranslatorRefusals,
  loadDocument,
  translatorScopedUpdate,
  translatorsLeaveTimestampsToPayload,
} from '@/access/translatorScope'
import { forgetSavedDraft } from '@/db/storedDraft'
import { rejectMalformedValues } from '@/hooks/rejectMalformedValues'
import { rejectUnknownLocale } from '@/hooks/rejectUnknownLocale'
import { recordTranslationSources, translationSourcesFieldName } from '@/translation/sourceTracking'

/**
 * Access and hooks of a collection translators write without drafts (media's alt text, the
 * glossary): editors create and delete, translators update only their locales' text, and every
 * save records which source each translation was made from. `checks` run before the translator
 * checks (media refuses unsafe file names there). Saves and deletes go into the audit trail.
 */
export function translatedCollectionRules(
  slug: 'media' | 'glossary',
  {
    read,
    fields,
    checks = [],
  }: {
    read: Access
    /** The collection's own fields (the config's, read when a save runs). */
    fields: () => readonly Field[]
    checks?: CollectionBeforeOperationHook[]
  },
): Pick<CollectionConfig, 'access' | 'hooks'> {
  return {
    access: {
      read,
      create: isEditor,
      delete: isEditor,
      update: translatorScopedUpdate(collectionFields(slug), loadDocument(slug)),
    },
    hooks: {
      beforeChange: [recordTranslationSources(fields)],
      beforeOperation: [
        rejectUnknownLocale,
        rejectMalformedValues,
        ...checks,
        translatorsLeaveTimestampsToPayload,
        explainTranslatorRefusals(collectionFields(slug), loadDocument(slug)),
      ],
      // The two steps above and update access share one read of the stored document per save.
      afterChange: [forgetSavedDraft, auditSave([translationSourcesFieldName])],
      afterDelete: [auditDelete],
    },
  }
}
