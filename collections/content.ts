import type { CollectionConfig, Field, FieldAccess } from 'payload'

import { isEditor } from '@/access/isEditor'
import { serializeDocumentSaves } from '@/db/documentLocks'
import { isTranslatorOnly } from '@/access/roles'
import { isStaff } from '@/access/isStaff'
import {
  dropStaleSharedValues,
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
      serializeDocumentSaves,
      rejectUnknownLocale,
      publicReadsPublished,
      translatorsCannotRestoreVersions,
      translatorDraftsStayDrafts,
      publishOneLocaleAtATime,
      dropStaleSharedValues(fields),
    ],
    beforeChange: [recordTranslationSources(fields), recordPublication],
    afterRead: [showPublishedLocalesOnly(fields)],
  }
}

const translatorAidKinds = new Set(['text', 'textarea', 'richText'])

const notTranslatorOnly: FieldAccess = ({ req: { user } }) => !isTranslatorOnly(user)

/**
 * Translator aids on a content form: the source text (and, when outdated, what changed in it)
 * beside every localized text field, and shared fields shown read-only to translators (the server
 * refuses their changes anyway, with 403). The source box shows nothing in the source locale, so
 * editors writing Chinese see the plain form.
 */
export function withTranslatorAids(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: withTranslatorAids(field.fields) }
    if (!('name' in field)) return field
    if (!('localized' in field) || !field.localized) {
      const access = ('access' in field ? field.access : undefined) ?? {}
      return { ...field, access: { ...access, update: access.update ?? notTranslatorOnly } } as Field
    }
    if (!translatorAidKinds.has(field.type)) return field
    const admin = (field.admin ?? {}) as { components?: Record<string, unknown> }
    return {
      ...field,
      admin: {
        ...admin,
        components: { ...admin.components, afterInput: ['/components/admin/SourceBeside#SourceBeside'] },
      },
    } as Field
  })
}
