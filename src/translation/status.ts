import { sourceLocale, type Locale } from '@/i18n/locales'
import { hasContent } from '@/lib/localized'

import { isPrintOf } from './fingerprint'
import { isMachineDraftPrint, sourcePrintOf } from './machineDraft'
import { translationSourcesFieldName, type TranslationSources } from './sourceTracking'
import { textsOf, valueAt, type TranslatableField } from './translatableFields'

/**
 * - missing: a field has source text (or is required) but no text in this locale
 * - outdated: the source changed after this translation was saved
 * - machine: translated from the current source by machine translation, and no person has saved
 *   that text since (src/translation/machineDraft.ts): a draft to review, not a translation
 * - complete: every field with source text is translated from the current source
 * - empty: nothing to translate (no source, not required)
 */
export type FieldState = 'missing' | 'outdated' | 'machine' | 'complete' | 'empty'
export type RecordState = 'missing' | 'outdated' | 'machine' | 'complete'

export const recordStates: readonly RecordState[] = ['missing', 'outdated', 'machine', 'complete']

/** A document read with `locale: 'all'`: each localized field maps locale → value. */
export type DocumentInAllLocales = Record<string, unknown> & { id: number | string }

export type LocaleStatus = { state: RecordState; fields: Record<string, FieldState> }

/** One locale's value of a text (a path textsOf names) in a document read in all locales. */
export function valueIn(doc: DocumentInAllLocales, path: string, locale: Locale): unknown {
  const value = valueAt(doc, path)
  return value && typeof value === 'object' && !Array.isArray(value) && !('root' in value)
    ? (value as Record<string, unknown>)[locale]
    : undefined
}

export function recordedSources(doc: DocumentInAllLocales, locale: Locale): TranslationSources {
  const all = doc[translationSourcesFieldName] as
    Partial<Record<Locale, TranslationSources | null>> | undefined
  return all?.[locale] ?? {}
}

export function fieldState(
  doc: DocumentInAllLocales,
  field: TranslatableField,
  locale: Locale,
): FieldState {
  const source = valueIn(doc, field.path, sourceLocale)
  const target = valueIn(doc, field.path, locale)
  if (!hasContent(target)) return field.required || hasContent(source) ? 'missing' : 'empty'
  if (locale === sourceLocale || !hasContent(source)) return 'complete'
  const recorded = recordedSources(doc, locale)[field.path]
  if (!isPrintOf(sourcePrintOf(recorded), source)) return 'outdated'
  return isMachineDraftPrint(recorded) ? 'machine' : 'complete'
}

export function localeStatus(
  doc: DocumentInAllLocales,
  fields: readonly TranslatableField[],
  locale: Locale,
): LocaleStatus {
  const states = Object.fromEntries(
    textsOf(doc, fields).map((field) => [field.path, fieldState(doc, field, locale)]),
  )
  const values = Object.values(states)
  const state: RecordState = values.includes('missing')
    ? 'missing'
    : values.includes('outdated')
      ? 'outdated'
      : values.includes('machine')
        ? 'machine'
        : 'complete'
  return { state, fields: states }
}
