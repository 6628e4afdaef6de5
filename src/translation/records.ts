import type { CollectionSlug, Field, GlobalSlug, Payload } from 'payload'

import { contentCollections, siteGlobals } from '@/domain/contentCollections'
import { locales, type Locale } from '@/i18n/locales'

import { globalRecordId } from './globalRecordId'
import { recordIdFrom } from './recordId'
import type { DocumentInAllLocales } from './status'

/**
 * What a translator works on: the content collections, the site-wide globals (key figures, site
 * settings), media (alt text, caption) and the glossary. Status, XLIFF and the source beside the
 * field treat each as a set of records; a global is one record.
 */
export type TranslatedSlug = CollectionSlug | GlobalSlug

export { globalRecordId }

export const translatedGlobals: readonly GlobalSlug[] = siteGlobals

/** The content collections: drafts, published one locale at a time. */
export const publishedCollections: CollectionSlug[] = [...contentCollections]

export const translatedCollections: TranslatedSlug[] = [
  ...publishedCollections,
  ...translatedGlobals,
  'media',
  'glossary',
]

export function isTranslatedGlobal(slug: string): slug is GlobalSlug {
  return (translatedGlobals as readonly string[]).includes(slug)
}

type Described = {
  fields: readonly Field[]
  /** With drafts, translations are saved as drafts and published per locale; without, a save is live. */
  hasDrafts: boolean
  /** A collection's title field; a global is named by its label. */
  titleField: string | null
  label: Partial<Record<Locale, string>> | string
}

export function describe(payload: Payload, slug: TranslatedSlug): Described {
  if (isTranslatedGlobal(slug)) {
    const config = payload.config.globals.find((global) => global.slug === slug)!
    return {
      fields: config.fields,
      hasDrafts: Boolean(config.versions && config.versions.drafts),
      titleField: null,
      label: (config.label ?? slug) as Described['label'],
    }
  }
  const { config } = payload.collections[slug as CollectionSlug]
  return {
    fields: config.fields,
    hasDrafts: Boolean(config.versions && config.versions.drafts),
    titleField: config.admin.useAsTitle ?? 'id',
    label: (config.labels.plural ?? slug) as Described['label'],
  }
}

/** A label in the reader's language, whatever form the configuration gives it in. */
export function labelIn(label: Described['label'], locale: string): string {
  return typeof label === 'string' ? label : (label[locale as Locale] ?? Object.values(label)[0]!)
}

/**
 * The latest draft of the records of one collection or global, in every locale, with only the
 * fields in `select` if given (collections; a global is read whole: it is one small record).
 */
export async function loadInAllLocales(
  payload: Payload,
  slug: TranslatedSlug,
  { select, ids }: { select?: Record<string, true>; ids?: readonly (number | string)[] } = {},
): Promise<DocumentInAllLocales[]> {
  if (isTranslatedGlobal(slug)) {
    if (ids && !ids.map(String).includes(globalRecordId)) return []
    const doc = await payload.findGlobal({
      slug,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
    })
    return [{ ...doc, id: globalRecordId }]
  }
  const { docs } = await payload.find({
    collection: slug as CollectionSlug,
    ...(ids ? { where: { id: { in: [...ids] } } } : {}),
    locale: 'all',
    draft: true,
    depth: 0,
    pagination: false,
    ...(select ? { select } : {}),
    overrideAccess: true,
  })
  return docs as unknown as DocumentInAllLocales[]
}

/** Without drafts every save is live: each locale counts as published. */
export const allLocalesLive: ReadonlySet<string> = new Set(locales)

/** A record id read from text: a global's is `global`, a collection's follows recordIdFrom. */
export function translatedRecordId(
  payload: Payload,
  slug: TranslatedSlug,
  text: string,
): number | string | null {
  if (isTranslatedGlobal(slug)) return text === globalRecordId ? globalRecordId : null
  return recordIdFrom(payload, text, slug as CollectionSlug)
}
