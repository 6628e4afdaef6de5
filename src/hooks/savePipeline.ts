import type { CollectionConfig, Field } from 'payload'

import {
  collectionFields,
  dropStaleSharedValues,
  explainTranslatorRefusals,
  loadDocument,
  translatorSavesStayInTheirLocale,
  translatorsCannotRestoreVersions,
  translatorsLeaveTimestampsToPayload,
} from '@/access/translatorScope'
import { auditDelete, auditSave } from '@/audit/contentHooks'
import { serializeDocumentSaves } from '@/db/documentLocks'
import { forgetSavedDraft } from '@/db/storedDraft'
import {
  publishOneLocaleAtATime,
  publishedFieldName,
  recordPublication,
  showPublishedLocalesOnly,
} from '@/translation/publishing'
import { plainSavesKeepPublication } from '@/translation/plainSaves'
import { qaGatesPublishing } from '@/translation/qaGate'
import { recordTranslationSources, translationSourcesFieldName } from '@/translation/sourceTracking'
import {
  keepEditorsSharedDraft,
  publishOverPublicValues,
  translatorsPublishOverPublicValues,
} from '@/translation/translatorPublishing'

import { publicReadsPublished } from './publicReadsPublished'
import { rejectMalformedValues } from './rejectMalformedValues'
import { rejectUnknownLocale } from './rejectUnknownLocale'
import { noteDraftSaves, revalidateAfterChange, revalidateAfterDelete } from './revalidate'
import { validateDrafts } from './validateDrafts'

/**
 * The save pipeline of every localized content collection, in the order Payload runs it. Order
 * matters: each step reads what the steps above it settled (in `args` or in `req.context`, whose
 * keys are declared in ./requestContext.ts). "Stored draft" is the document's latest draft in the
 * request's locale, read once per request (src/db/storedDraft.ts). Between `beforeOperation` and
 * `beforeChange` Payload checks update access (contentAccess in collections/content.ts), which
 * reads the stored draft too.
 */
export function savePipeline(
  slug: string,
  fields: () => readonly Field[],
): CollectionConfig['hooks'] {
  const stored = collectionFields(slug)
  return {
    beforeOperation: [
      // reads args.id; holds the document until the save's transaction ends (saves take turns)
      serializeDocumentSaves,
      // reads req.locale; refuses (400) a locale that is not one of ours
      rejectUnknownLocale,
      // reads args.data; refuses (400) values of the wrong shape and ids of missing records
      rejectMalformedValues,
      // reads a read's args.draft; writes draft: false for the public
      publicReadsPublished,
      // reads the operation and user; refuses (403) a translator's restore of a version
      translatorsCannotRestoreVersions,
      // reads data._status, the public document; writes args.draft and data._status (keep what is public)
      plainSavesKeepPublication,
      // reads a translator's data._status, args.draft; writes args.draft, data._status, context.unpublishLocale
      translatorSavesStayInTheirLocale,
      // reads a translator's data; writes data without updatedAt
      translatorsLeaveTimestampsToPayload,
      // reads data._status, args.draft; writes context.publishLocale, args.publishSpecificLocale
      publishOneLocaleAtATime,
      // reads args.draft (settled above); writes context.draftSave
      noteDraftSaves,
      // reads a translator's data, the stored draft, the versions; writes data without stale shared values
      dropStaleSharedValues(stored),
      // reads a translator's data, the stored draft, context.publishLocale; refuses (403) naming the rule
      explainTranslatorRefusals(stored, loadDocument(slug)),
      // reads a translator's publish, the public document, the stored draft; writes context.translatorPublication
      translatorsPublishOverPublicValues(stored),
      // reads args.data, args.draft (settled above); refuses (400) what the fields' validators refuse in a draft
      validateDrafts,
      // reads a publish's data, context.publishLocale, the stored draft in all locales; refuses (422) QA errors
      qaGatesPublishing,
    ],
    beforeChange: [
      // reads data, originalDoc, the source locale's stored draft or context.sourceFingerprints; writes data.translationSources
      recordTranslationSources(fields),
      // reads context.publishLocale, context.unpublishLocale; writes data.published (the locale's flag)
      recordPublication,
      // reads context.translatorPublication; writes data's shared fields (the public values)
      publishOverPublicValues,
    ],
    afterRead: [
      // reads context.skipLocaleGate, the published flags; writes doc with unpublished locales left out
      showPublishedLocalesOnly(fields),
    ],
    afterChange: [
      // writes context.storedDrafts without this document: the next save reads what this one stored
      forgetSavedDraft,
      // reads context.draftSave, context.disableRevalidate; expires the public pages' cache tags
      revalidateAfterChange,
      // reads context.publishLocale, unpublishLocale, draftSave, auditBatch, auditFollowUp (clears it); appends to the audit trail
      auditSave([publishedFieldName, translationSourcesFieldName]),
      // reads and clears context.translatorPublication; writes the editor's shared draft back
      keepEditorsSharedDraft(stored),
    ],
    afterDelete: [
      // reads context.disableRevalidate; expires the public pages' cache tags
      revalidateAfterDelete,
      // appends the deletion to the audit trail
      auditDelete,
    ],
  }
}
