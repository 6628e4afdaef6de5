import { diffChars, diffWordsWithSpace } from 'diff'
import type { CollectionSlug, Payload } from 'payload'

import { sourceLocale, type Locale } from '@/i18n/locales'
import { plainText } from '@/lib/localized'

import { fingerprint } from './fingerprint'
import { glossaryMatches, loadGlossary } from './glossaryMatches'
import { recordedSources, fieldState, type DocumentInAllLocales, type FieldState } from './status'
import { translatableFields } from './translatableFields'
import type { GlossaryEntry } from './xliff'

export type DiffPart = { text: string; change: 'added' | 'removed' | 'same' }

export type SourceBeside = {
  field: string
  state: FieldState
  source: string
  /** For an outdated translation: the source it was made from, and what changed since. */
  previousSource?: string
  diff?: DiffPart[]
  glossary: GlossaryEntry[]
}

/** Chinese has no spaces between words, so it is compared character by character. */
function diffTexts(before: string, after: string): DiffPart[] {
  const compare = /[\u3400-\u9fff]/.test(before + after) ? diffChars : diffWordsWithSpace
  return compare(before, after).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }))
}

export type SourcesBeside = Record<string, SourceBeside>

/**
 * What a translator needs beside each translatable field of one record: the source now, and for an
 * outdated translation the source it was made from (found in the record's version history by its
 * fingerprint) with the difference, plus the glossary terms the source contains. One call per
 * record form: the record, the glossary and (only when a field is outdated) the history are read
 * once for all its fields.
 */
export async function sourcesBeside(
  payload: Payload,
  { collection, id, locale }: { collection: CollectionSlug; id: string; locale: Locale },
): Promise<SourcesBeside> {
  const fields = translatableFields(payload.collections[collection].config.fields)
  const [doc, glossary] = await Promise.all([
    payload.findByID({
      collection,
      id,
      locale: 'all',
      draft: true,
      depth: 0,
      overrideAccess: true,
    }),
    loadGlossary(payload),
  ])
  const record = doc as unknown as DocumentInAllLocales
  const sourceOf = (values: unknown, field: string) =>
    ((values as Record<string, unknown>)[field] ?? {}) as Partial<Record<Locale, unknown>>

  const result: SourcesBeside = {}
  for (const field of fields) {
    const source = plainText(sourceOf(record, field.path)[sourceLocale])
    result[field.path] = {
      field: field.path,
      state: fieldState(record, field, locale),
      source,
      glossary: glossaryMatches(glossary, source, locale),
    }
  }

  const outdated = Object.values(result).filter((entry) => entry.state === 'outdated')
  if (outdated.length === 0) return result
  const recorded = recordedSources(record, locale)
  const { docs: versions } = await payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    locale: 'all',
    depth: 0,
    limit: 100,
    overrideAccess: true,
  })
  for (const entry of outdated) {
    const madeFrom = versions
      .map((version) => sourceOf(version.version, entry.field)[sourceLocale])
      .find(
        (old) => recorded[entry.field] !== undefined && fingerprint(old) === recorded[entry.field],
      )
    if (madeFrom === undefined) continue
    entry.previousSource = plainText(madeFrom)
    entry.diff = diffTexts(entry.previousSource, entry.source)
  }
  return result
}
