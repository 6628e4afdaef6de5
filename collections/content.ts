import type { CollectionConfig, Field, FieldAccess, GlobalConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { isTranslatorOnly } from '@/access/roles'
import { isStaff } from '@/access/isStaff'
import { collectionFields, loadDocument, translatorScopedUpdate } from '@/access/translatorScope'
import { savePipeline } from '@/hooks/savePipeline'
import { label } from '@/fields/label'
import { sourceField } from '@/fields/source'
import { isLocale, sourceLocale } from '@/i18n/locales'
import type { ContentCollection } from '@/domain/contentCollections'
import { absoluteUrl, pathFor, previewPath, recordPath } from '@/lib/paths'
import { publishedField, publishedInReadersLocale } from '@/translation/publishing'
import { translationSourcesField } from '@/translation/sourceTracking'
import { followSavesInReview } from '@/workflow/followSaves'

/**
 * The access rules every localized content collection shares: the public reads what is
 * published, staff read drafts and versions, editors create and delete, and updates are
 * scoped to a translator's locales and localized fields.
 */
function contentAccess(slug: string): CollectionConfig['access'] {
  return {
    read: publishedInReadersLocale,
    readVersions: isStaff,
    create: isEditor,
    delete: isEditor,
    update: translatorScopedUpdate(collectionFields(slug), loadDocument(slug)),
  }
}

/** Last after each save: the review tasks of the record follow its source and publication. */
function withReviewFollowing(
  hooks: CollectionConfig['hooks'],
  fields: () => readonly Field[],
): CollectionConfig['hooks'] {
  return { ...hooks, afterChange: [...(hooks?.afterChange ?? []), followSavesInReview(fields)] }
}

/** System fields of the translator workflow, written by hooks only. */
const workflowFields: Field[] = [publishedField, translationSourcesField]

/**
 * No whole-document edit lock. Payload's lock lets one person edit a record at a time, so a German
 * and an English translator could not work on the same event together, and "take over" turned the
 * first one's unsaved form read-only. Saves are instead serialized per document on the server
 * (src/db/documentLocks.ts) and each writes only its own locale, and a translator's stale copy of a
 * shared field is dropped (dropStaleSharedValues): both keep their work, and so does an editor.
 */
const contentLockDocuments: CollectionConfig['lockDocuments'] = false

/**
 * Drafts for every content collection, so nothing reaches the public site before it is published.
 * No autosave: a translator's save records that the translation matches the current source
 * (src/translation/sourceTracking.ts), and a half-typed autosave would mark a field complete.
 */
const contentVersions: CollectionConfig['versions'] = {
  drafts: true,
  maxPerDoc: 50,
}

const translatorAidKinds = new Set(['text', 'textarea', 'richText'])

const notTranslatorOnly: FieldAccess = ({ req: { user } }) => !isTranslatorOnly(user)

/**
 * Translator aids on a content form: the source text (and, when outdated, what changed in it)
 * and the field's comment threads beside every localized text field, and shared fields shown read-only to translators (the server
 * refuses their changes anyway, with 403). The source box shows nothing in the source locale, so
 * editors writing Chinese see the plain form.
 */
function withTranslatorAids(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'row' || field.type === 'collapsible')
      return { ...field, fields: withTranslatorAids(field.fields) }
    if (!('name' in field)) return field
    if (!('localized' in field) || !field.localized) {
      const access = ('access' in field ? field.access : undefined) ?? {}
      return {
        ...field,
        access: { ...access, update: access.update ?? notTranslatorOnly },
      } as Field
    }
    if (!translatorAidKinds.has(field.type)) return field
    const admin = (field.admin ?? {}) as { components?: Record<string, unknown> }
    return {
      ...field,
      admin: {
        ...admin,
        components: {
          ...admin.components,
          afterInput: [
            '/components/admin/SourceBeside#SourceBeside',
            // The field's open questions and answers in the locale being edited.
            '/components/admin/CommentsBeside#CommentsBeside',
          ],
        },
      },
    } as Field
  })
}

/**
 * The edit screen's "Preview" button and Live Preview pane: both open the record's public page in
 * the locale being edited, through `/preview`, which checks the editor's session and turns on
 * Next's draft mode so the page shows the draft.
 */
function contentPreview(
  collection: ContentCollection,
): Pick<NonNullable<CollectionConfig['admin']>, 'livePreview' | 'preview'> {
  const url = (data: Record<string, unknown>, locale: unknown) => {
    const code = isLocale(locale) ? locale : sourceLocale
    const id = data.id as number | string | undefined
    const slug = typeof data.slug === 'string' && data.slug !== '' ? data.slug : null
    const path =
      id === undefined && !slug
        ? pathFor(code, { page: 'home' })
        : recordPath(code, collection, { id: id ?? '', slug })
    // Absolute: the admin posts Live Preview messages to this URL's origin.
    return absoluteUrl(previewPath(path))
  }
  return {
    preview: (doc, { locale }) => url(doc, locale),
    livePreview: { url: ({ data, locale }) => url(data, locale?.code) },
  }
}

/** The site-wide globals (key figures, site name) show on the home page: preview that. */
export const globalPreview: Pick<NonNullable<GlobalConfig['admin']>, 'livePreview' | 'preview'> = {
  preview: (_doc, { locale }) =>
    absoluteUrl(previewPath(pathFor(isLocale(locale) ? locale : sourceLocale, { page: 'home' }))),
  livePreview: {
    url: ({ locale }) =>
      absoluteUrl(
        previewPath(pathFor(isLocale(locale?.code) ? locale.code : sourceLocale, { page: 'home' })),
      ),
  },
}

type ContentCollectionConfig = Pick<CollectionConfig, 'labels' | 'defaultSort'> & {
  slug: ContentCollection
  admin: { useAsTitle: string; defaultColumns: string[] }
  /** Kept in spreadsheets too (src/sheet/): the list offers export and import. */
  spreadsheet?: boolean
  /** The collection's own fields; the source citation and the workflow fields follow them. */
  fields: Field[]
}

/**
 * A localized content collection (milestones, events, enterprises, platforms): its own labels and
 * fields, with everything the four share around them: the content group and "needs translation"
 * link in the admin, preview, access, drafts without a whole-record lock, the save pipeline
 * (src/hooks/savePipeline.ts), the translator aids, the source citation and the workflow fields.
 */
export function contentCollection({
  slug,
  admin,
  fields,
  spreadsheet = false,
  ...rest
}: ContentCollectionConfig): CollectionConfig {
  const collection: CollectionConfig = {
    slug,
    ...rest,
    admin: {
      components: {
        beforeListTable: [
          '/components/admin/NeedsTranslation#NeedsTranslation',
          ...(spreadsheet ? ['/components/admin/SheetTools#SheetTools'] : []),
        ],
        edit: {
          beforeDocumentControls: [
            // The locale's QA findings beside Save and Publish: errors there block the publish.
            '/components/admin/QaFindings#QaFindings',
            {
              path: '/components/admin/ScheduleOnEdit#ScheduleOnEdit',
              serverProps: { collection: slug },
            },
          ],
        },
      },
      group: label({ zh: '内容', de: 'Inhalte', en: 'Content' }),
      ...admin,
      ...contentPreview(slug),
    },
    // Read by the spreadsheet endpoints (src/sheet/endpoints.ts): the one place that says which.
    custom: { spreadsheet },
    access: contentAccess(slug),
    versions: contentVersions,
    lockDocuments: contentLockDocuments,
    hooks: withReviewFollowing(
      savePipeline(slug, () => collection.fields),
      () => collection.fields,
    ),
    fields: withTranslatorAids([...fields, sourceField, ...workflowFields]),
  }
  return collection
}
