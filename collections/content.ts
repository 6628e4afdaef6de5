import type { CollectionConfig, Field } from 'payload'

import { isEditor } from '@/access/isEditor'
import { isStaff } from '@/access/isStaff'
import { staffOrPublished } from '@/access/staffOrPublished'
import {
  loadDocument,
  translatorDraftsStayDrafts,
  translatorScopedUpdate,
  translatorsCannotRestoreVersions,
} from '@/access/translatorScope'
import { publicReadsPublished } from '@/hooks/publicReadsPublished'
import { rejectUnknownLocale } from '@/hooks/rejectUnknownLocale'
import { recordTranslationSources } from '@/translation/sourceTracking'

/**
 * The access rules every localized content collection shares: the public reads what is
 * published, staff read drafts and versions, editors create and delete, and updates are
 * scoped to a translator's locales and localized fields.
 */
export function contentAccess(slug: string, fields: () => readonly Field[]): CollectionConfig['access'] {
  return {
    read: staffOrPublished,
    readVersions: isStaff,
    create: isEditor,
    delete: isEditor,
    update: translatorScopedUpdate(fields, loadDocument(slug)),
  }
}

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
    ],
    beforeChange: [recordTranslationSources(fields)],
  }
}
