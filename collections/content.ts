import type { CollectionConfig, Field } from 'payload'

import { isEditor } from '@/access/isEditor'
import { isStaff } from '@/access/isStaff'
import {
  loadDocument,
  translatorDraftsStayDrafts,
  translatorScopedUpdate,
  translatorsCannotRestoreVersions,
} from '@/access/translatorScope'
import { publicReadsPublished } from '@/hooks/publicReadsPublished'
import { rejectUnknownLocale } from '@/hooks/rejectUnknownLocale'
import {
  publishOneLocaleAtATime,
  publishedField,
  publishedInReadersLocale,
  recordPublication,
  showPublishedLocalesOnly,
} from '@/translation/publishing'
import { recordTranslationSources, translationSourcesField } from '@/translation/sourceTracking'

/**
 * The access rules every localized content collection shares: the public reads what is
 * published, staff read drafts and versions, editors create and delete, and updates are
 * scoped to a translator's locales and localized fields.
 */
export function contentAccess(slug: string, fields: () => readonly Field[]): CollectionConfig['access'] {
  return {
    read: publishedInReadersLocale,
    readVersions: isStaff,
    create: isEditor,
    delete: isEditor,
    update: translatorScopedUpdate(fields, loadDocument(slug)),
  }
}

/** System fields of the translator workflow, written by hooks only. */
export const workflowFields: Field[] = [publishedField, translationSourcesField]

/** Drafts for every content collection, so nothing reaches the public site before it is published. */
export const contentVersions: CollectionConfig['versions'] = {
  drafts: true,
  maxPerDoc: 50,
}

/** Hooks every content collection runs: locale checks, public reads, translation provenance. */
export function contentHooks(fields: () => readonly Field[]): CollectionConfig['hooks'] {
  return {
    beforeOperation: [
      rejectUnknownLocale,
      publicReadsPublished,
      translatorsCannotRestoreVersions,
      translatorDraftsStayDrafts,
      publishOneLocaleAtATime,
    ],
    beforeChange: [recordTranslationSources(fields), recordPublication],
    afterRead: [showPublishedLocalesOnly(fields)],
  }
}
