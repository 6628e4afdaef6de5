import { diffChars, diffWordsWithSpace } from 'diff'
import { NotFound, type Payload } from 'payload'

import { sourceLocale, type Locale } from '@/i18n/locales'
import { plainText } from '@/lib/localized'

import { isPrintOf } from './fingerprint'
import { glossaryMatches, loadGlossary } from './glossaryMatches'
import { describe, loadInAllLocales, type TranslatedSlug } from './records'
import { sourcePrintOf } from './machineDraft'
import { recordedSources, fieldState, valueIn, type FieldState } from './status'
import { textsOf, translatableFields } from './translatableFields'
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
  { collection, id, locale }: { collection: TranslatedSlug; id: number | string; locale: Locale },
): Promise<SourcesBeside> {
  const { fields: configured, hasDrafts } = describe(payload, collection)
  const fields = translatableFields(configured)
  const [[record], glossary] = await Promise.all([
    loadInAllLocales(payload, collection, { ids: [id] }),
    loadGlossary(payload),
  ])
  if (!record) throw new NotFound()

  const result: SourcesBeside = {}
  for (const field of textsOf(record, fields)) {
    const source = plainText(valueIn(record, field.path, sourceLocale))
    result[field.path] = {
      field: field.path,
      state: fieldState(record, field, locale),
      source,
      glossary: glossaryMatches(glossary, source, locale),
    }
  }

  // Only drafts keep a history to find the source a translation was made from.
  const outdated = Object.values(result).filter((entry) => entry.state === 'outdated')
  if (outdated.length === 0 || !hasDrafts) return result
  const recorded = recordedSources(record, locale)
  const { docs: versions } = await payload.findVersions({
    collection: collection as 'milestones',
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    locale: 'all',
    depth: 0,
    limit: 100,
    overrideAccess: true,
  })
  for (const entry of outdated) {
    const madeFrom = versions
      .map((version) => valueIn(version.version as never, entry.field, sourceLocale))
      .find(
        (old) =>
          recorded[entry.field] !== undefined &&
          isPrintOf(sourcePrintOf(recorded[entry.field]), old),
      )
    if (madeFrom === undefined) continue
    entry.previousSource = plainText(madeFrom)
    entry.diff = diffTexts(entry.previousSource, entry.source)
  }
  return result
}
