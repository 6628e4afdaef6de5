import type {
  CollectionBeforeChangeHook,
  Field,
  GlobalBeforeChangeHook,
  GlobalSlug,
  PayloadRequest,
  RequestContext,
} from 'payload'

import { isStaffUser } from '@/access/roles'
import { storedDraft } from '@/db/storedDraft'
import { isLocale, sourceLocale } from '@/i18n/locales'

import { fingerprint, sourcePrint } from './fingerprint'
import { textsOf, translatableFields, valueAt } from './translatableFields'

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

type SaveArgs = {
  data: Record<string, unknown>
  originalDoc?: Record<string, unknown>
  req: PayloadRequest
  context: RequestContext
}

/** The source locale's latest draft of the record being saved (a copy of req keeps the save's locale). */
type ReadSource = (args: SaveArgs) => Promise<Record<string, unknown>>

/**
 * When a translation changes, remember which source it was made from. A translator who saves
 * German text while the Chinese has since changed still records the Chinese they saw now: the
 * save is their confirmation that the German matches the current source.
 */
function recordSources(fields: () => readonly Field[], readSource: ReadSource) {
  return async (args: SaveArgs): Promise<Record<string, unknown>> => {
    const { data: incoming, originalDoc, req, context } = args
    // Only this hook writes the record: whatever a client sent for it is dropped.
    const { [translationSourcesFieldName]: _ignored, ...data } = incoming
    const locale = req.locale
    if (!isLocale(locale) || locale === sourceLocale) return data
    const changed = textsOf(data, translatableFields(fields())).filter(
      ({ path }) => fingerprint(valueAt(data, path)) !== fingerprint(valueAt(originalDoc, path)),
    )
    if (changed.length === 0) return data

    // Bulk writers (the XLIFF import) that know the source fingerprints already save this read.
    const known = context.sourceFingerprints
    const source = known ? null : await readSource({ ...args, data })
    const recorded = updatedSources(
      originalDoc?.[translationSourcesFieldName] as TranslationSources | undefined,
      changed.map(({ path }) => ({
        path,
        value: valueAt(data, path),
        print: known ? known[path] : sourcePrint(valueAt(source, path)),
      })),
    )
    return { ...data, [translationSourcesFieldName]: recorded }
  }
}

/** For a collection: the hook above, reading the source from the record's latest draft. */
export function recordTranslationSources(
  fields: () => readonly Field[],
): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req, collection, context }) =>
    recordSources(fields, async () =>
      originalDoc?.id === undefined
        ? {}
        : await storedDraft(req, collection.slug, originalDoc.id, sourceLocale),
    )({ data, originalDoc, req, context })
}

/** For a global (key figures, site settings): the same, reading the global's source. */
export function recordGlobalTranslationSources(
  fields: () => readonly Field[],
): GlobalBeforeChangeHook {
  return async ({ data, originalDoc, req, global, context }) =>
    recordSources(
      fields,
      async () =>
        (await req.payload.findGlobal({
          slug: global.slug as GlobalSlug,
          locale: sourceLocale,
          fallbackLocale: false,
          depth: 0,
          overrideAccess: true,
          req: { ...req },
        })) as unknown as Record<string, unknown>,
    )({ data, originalDoc: originalDoc as Record<string, unknown> | undefined, req, context })
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
