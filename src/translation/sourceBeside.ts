import { diffChars, diffWordsWithSpace } from 'diff'
import type { CollectionSlug, Payload } from 'payload'

import { sourceLocale, type Locale } from '@/i18n/locales'

import { fingerprint } from './fingerprint'
import { glossaryMatches, loadGlossary } from './glossaryMatches'
import { toPlainText } from './plainText'
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

/**
 * What a translator needs beside a field: the source now, and for an outdated translation the
 * source it was made from (found in the record's version history by its fingerprint) with the
 * difference, plus the glossary terms the source contains.
 */
export async function sourceBeside(
  payload: Payload,
  { collection, id, field, locale }: { collection: CollectionSlug; id: string; field: string; locale: Locale },
): Promise<SourceBeside | null> {
  const definition = translatableFields(payload.collections[collection].config.fields).find((f) => f.path === field)
  if (!definition) return null
  const doc = (await payload.findByID({ collection, id, locale: 'all', draft: true, depth: 0, overrideAccess: true })) as unknown as DocumentInAllLocales
  const values = (doc[field] ?? {}) as Partial<Record<Locale, unknown>>
  const source = toPlainText(values[sourceLocale])
  const state = fieldState(doc, definition, locale)
  const glossary = glossaryMatches(await loadGlossary(payload), source, locale)
  const result: SourceBeside = { field, state, source, glossary }
  if (state !== 'outdated') return result

  const recorded = recordedSources(doc, locale)[field]
  const { docs: versions } = await payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    locale: 'all',
    depth: 0,
    limit: 100,
    overrideAccess: true,
  })
  for (const version of versions) {
    const old = ((version.version as unknown as Record<string, unknown>)[field] ?? {}) as Partial<Record<Locale, unknown>>
    if (recorded && fingerprint(old[sourceLocale]) === recorded) {
      const previousSource = toPlainText(old[sourceLocale])
      return { ...result, previousSource, diff: diffTexts(previousSource, source) }
    }
  }
  return result
}
