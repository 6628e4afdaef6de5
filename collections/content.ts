import type { CollectionConfig, Field, GlobalConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { isStaff } from '@/access/isStaff'
import { staffOrPublished } from '@/access/staffOrPublished'
import { loadDocument, translatorScopedUpdate } from '@/access/translatorScope'
import { publicReadsPublished } from '@/hooks/publicReadsPublished'
import { rejectUnknownLocale } from '@/hooks/rejectUnknownLocale'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidate'
import type { ContentCollection } from '@/lib/cacheTags'
import { absoluteUrl, pathFor, previewPath, recordPath } from '@/lib/paths'
import { isLocale, sourceLocale } from '@/i18n/locales'

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

/**
 * Hooks every content collection runs: locale and draft guards before any operation, and after a
 * save or delete, on-demand revalidation of the public pages that show the record.
 */
export const contentHooks: CollectionConfig['hooks'] = {
  beforeOperation: [rejectUnknownLocale, publicReadsPublished],
  afterChange: [revalidateAfterChange],
  afterDelete: [revalidateAfterDelete],
}

/**
 * The edit screen's "Preview" button and Live Preview pane: both open the record's public page in
 * the locale being edited, through `/preview`, which checks the editor's session and turns on
 * Next's draft mode so the page shows the draft.
 */
export function contentPreview(collection: ContentCollection): Pick<NonNullable<CollectionConfig['admin']>, 'livePreview' | 'preview'> {
  const url = (data: Record<string, unknown>, locale: unknown) => {
    const code = isLocale(locale) ? locale : sourceLocale
    const id = data.id as number | string | undefined
    const slug = typeof data.slug === 'string' && data.slug !== '' ? data.slug : null
    const path = id === undefined && !slug ? pathFor(code, { page: 'home' }) : recordPath(code, collection, { id: id ?? '', slug })
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
  preview: (_doc, { locale }) => absoluteUrl(previewPath(pathFor(isLocale(locale) ? locale : sourceLocale, { page: 'home' }))),
  livePreview: {
    url: ({ locale }) => absoluteUrl(previewPath(pathFor(isLocale(locale?.code) ? locale.code : sourceLocale, { page: 'home' }))),
  },
}
