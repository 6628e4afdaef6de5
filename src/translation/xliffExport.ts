import type { Payload } from 'payload'

import { bcp47, sourceLocale, type Locale } from '@/i18n/locales'
import { hasContent } from '@/lib/localized'

import { fingerprint, sourcePrint } from './fingerprint'
import { glossaryMatches, loadGlossary } from './glossaryMatches'
import { buildMemory } from './memory'
import { loadTranslatableDocuments } from './report'
import { fieldState, localeStatus, type FieldState, type RecordState } from './status'
import type { TranslatedSlug } from './records'
import { textsOf, valueAt, type TranslatableField } from './translatableFields'
import {
  richTextToUnits,
  targetCodesFit,
  textToUnit,
  writeXliff,
  type GlossaryEntry,
  type TranslationUnit,
  type UnitState,
  type UnitText,
  type XliffVersion,
} from './xliff'

export type ExportOptions = {
  locale: Locale
  collections?: readonly TranslatedSlug[]
  states?: readonly RecordState[]
  version?: XliffVersion
}

const unitStates: Record<FieldState, UnitState | undefined> = {
  complete: 'translated',
  outdated: 'needs-review',
  // Unreviewed machine output: a CAT tool shows it as a target to check, not a finished one.
  machine: 'needs-review',
  missing: 'new',
  empty: undefined,
}

/** The id of a unit: record, field and (for rich text) block path, readable in any CAT tool. */
export function unitId(
  collection: string,
  docId: number | string,
  fieldPath: string,
  blockPath = '',
): string {
  return `${collection}/${docId}/${fieldPath}${blockPath}`
}

type Segment = { id: string; fieldPath: string; source: UnitText; target: UnitText | null }

function segmentsOf(
  collection: string,
  docId: number | string,
  field: TranslatableField,
  source: unknown,
  target: unknown,
): Segment[] {
  if (field.kind !== 'richText') {
    return [
      {
        id: unitId(collection, docId, field.path),
        fieldPath: field.path,
        source: textToUnit(String(source)),
        target: hasContent(target) ? textToUnit(String(target)) : null,
      },
    ]
  }
  const targets = new Map(
    hasContent(target)
      ? richTextToUnits(target as never).map((unit) => [unit.path, unit.text])
      : [],
  )
  return richTextToUnits(source as never).map((unit) => ({
    id: unitId(collection, docId, field.path, unit.path),
    fieldPath: field.path,
    source: unit.text,
    target: targets.get(unit.path) ?? null,
  }))
}

function plain(text: UnitText): string {
  return text
    .map((item) =>
      typeof item === 'string' ? item : 'children' in item ? plain(item.children) : '\n',
    )
    .join('')
}

/**
 * The localized text of the chosen records as XLIFF: source = the Chinese, target = the current
 * translation. Each unit carries its record, field and the fingerprint of the source it shows, so
 * an import can tell whether the source changed meanwhile. Untranslated units are pre-filled from
 * exact translation-memory matches, marked for review.
 */
export async function exportXliff(
  payload: Payload,
  options: ExportOptions,
): Promise<{ xml: string; units: number }> {
  const { locale, collections, states, version = '1.2' } = options
  const [loaded, glossary] = await Promise.all([
    loadTranslatableDocuments(payload, collections),
    loadGlossary(payload),
  ])
  const memory = buildMemory(loaded, locale)
  const units: TranslationUnit[] = []
  const glossaryByUnit: Record<string, GlossaryEntry[]> = {}

  for (const { collection, fields, docs } of loaded) {
    for (const doc of docs) {
      if (states && !states.includes(localeStatus(doc, fields, locale).state)) continue
      for (const field of textsOf(doc, fields)) {
        const values = (valueAt(doc, field.path) ?? {}) as Partial<Record<Locale, unknown>>
        const source = values[sourceLocale]
        const sourceFingerprint = sourcePrint(source)
        if (!sourceFingerprint) continue
        const state = fieldState(doc, field, locale)
        const remembered = state === 'missing' ? memory.get(fingerprint(source) ?? '') : undefined
        const target = remembered ? remembered.value : values[locale]
        for (const segment of segmentsOf(collection, doc.id, field, source, target)) {
          const notes = remembered
            ? [`Translation memory: exact match from ${remembered.from}; please review.`]
            : []
          if (state === 'outdated')
            notes.push('The source changed after this translation was made; please review.')
          // A translation formatted differently from the source (bold where the Chinese is not)
          // cannot travel with the source's tags: send the unit empty, for review.
          const fits = !segment.target || targetCodesFit(segment.source, segment.target)
          if (!fits)
            notes.push(
              'The current translation is formatted differently from the source; please translate again.',
            )
          const terms = glossaryMatches(glossary, plain(segment.source), locale)
          if (terms.length > 0) glossaryByUnit[segment.id] = terms
          units.push({
            id: segment.id,
            collection,
            docId: String(doc.id),
            fieldPath: segment.fieldPath,
            sourceFingerprint,
            source: segment.source,
            target: fits ? segment.target : null,
            state: remembered || !fits ? 'needs-review' : unitStates[state],
            ...(notes.length > 0 ? { notes } : {}),
          })
        }
      }
    }
  }
  const xml = writeXliff({
    version,
    sourceLanguage: bcp47[sourceLocale],
    targetLanguage: bcp47[locale],
    original: 'taicang-german-cooperation-cms',
    units,
    ...(Object.keys(glossaryByUnit).length > 0 ? { glossary: glossaryByUnit } : {}),
  })
  return { xml, units: units.length }
}
