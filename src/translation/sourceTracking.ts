import type { CollectionBeforeChangeHook, Field } from 'payload'

import { isStaffUser } from '@/access/roles'
import { storedDraft } from '@/db/storedDraft'
import { isLocale, sourceLocale } from '@/i18n/locales'

import { fingerprint } from './fingerprint'
import { translatableFields } from './translatableFields'

/** Per locale: for each field path, the fingerprint of the source text its translation was made from. */
export type TranslationSources = Record<string, string>

export const translationSourcesFieldName = 'translationSources'

/**
 * Hidden and localized: the German value records what the German text was translated from, the
 * English value likewise. Written only by the hook below, never by a form.
 */
export const translationSourcesField: Field = {
  name: translationSourcesFieldName,
  type: 'json',
  localized: true,
  admin: { hidden: true, readOnly: true },
  // Working data of the translator workflow: never part of the public API.
  access: { read: ({ req }) => isStaffUser(req.user) },
}

/**
 * When a translation changes, remember which source it was made from. A translator who saves
 * German text while the Chinese has since changed still records the Chinese they saw now: the
 * save is their confirmation that the German matches the current source.
 */
export function recordTranslationSources(
  fields: () => readonly Field[],
): CollectionBeforeChangeHook {
  return async ({ data: incoming, originalDoc, req, collection, context }) => {
    // Only this hook writes the record: whatever a client sent for it is dropped.
    const { [translationSourcesFieldName]: _ignored, ...data } = incoming
    const locale = req.locale
    if (!isLocale(locale) || locale === sourceLocale) return data
    const changed = translatableFields(fields()).filter(
      ({ path }) => path in data && fingerprint(data[path]) !== fingerprint(originalDoc?.[path]),
    )
    if (changed.length === 0) return data

    // Bulk writers (the XLIFF import) that know the source fingerprints already save this read.
    const known = context.sourceFingerprints
    const source =
      known || originalDoc?.id === undefined
        ? {}
        : await storedDraft(req, collection.slug, originalDoc.id, sourceLocale)
    const recorded = updatedSources(
      originalDoc?.[translationSourcesFieldName] as TranslationSources | undefined,
      changed.map(({ path }) => ({
        path,
        value: data[path],
        print: known ? known[path] : fingerprint(source[path]),
      })),
    )
    return { ...data, [translationSourcesFieldName]: recorded }
  }
}

/**
 * A locale's provenance record after its translations changed: each changed field remembers the
 * fingerprint of the source it was translated from; a field emptied (or with no source) forgets it.
 */
export function updatedSources(
  previous: TranslationSources | null | undefined,
  changes: readonly { path: string; value: unknown; print: string | null | undefined }[],
): TranslationSources {
  const recorded: TranslationSources = { ...(previous ?? {}) }
  for (const { path, value, print } of changes) {
    if (print && fingerprint(value) !== null) recorded[path] = print
    else delete recorded[path]
  }
  return recorded
}
