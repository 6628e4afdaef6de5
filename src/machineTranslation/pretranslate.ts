import type { PayloadRequest } from 'payload'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { ClientError } from '@/http/clientError'
import { sourceLocale, type Locale } from '@/i18n/locales'
import { isContentCollection } from '@/domain/contentCollections'
import { hasContent, plainText } from '@/lib/localized'
import type { DraftWrite } from '@/translation/draftWrites'
import { fingerprint, sourcePrint } from '@/translation/fingerprint'
import { glossaryMatches, loadGlossary, type GlossaryTerm } from '@/translation/glossaryMatches'
import { machineDraftPrint } from '@/translation/machineDraft'
import { buildMemory } from '@/translation/memory'
import { translatedCollections, type TranslatedSlug } from '@/translation/records'
import { loadTranslatableDocuments } from '@/translation/report'
import { fieldState, valueIn } from '@/translation/status'
import { textsOf, type TranslatableField } from '@/translation/translatableFields'
import {
  applyUnitsToRichText,
  richTextToUnits,
  textToUnit,
  unitToText,
  XliffError,
  type UnitText,
} from '@/translation/xliff'
import { writeAll } from '@/translation/xliffImport'
import { recordMachineDraft } from '@/workflow/review'

import { fromMarkup, toMarkup, type Markup } from './inlineMarkup'
import type { GlossaryPair, TranslationProvider } from './provider'

export type PretranslateRequest = {
  collection: TranslatedSlug
  /** Record ids, or every record of the collection. */
  ids: readonly string[] | 'all'
  locale: Locale
}

export type Filled = { unit: string; by: 'memory' | 'machine' }

export type PretranslateSummary = {
  locale: Locale
  provider: string
  filled: Filled[]
  /** Machine output that missed a glossary term, or that could not be used: for the reviewer. */
  warnings: { unit: string; message: string }[]
}

/** A field to send to the provider: its units (one for plain text, one per rich text block). */
type Pending = {
  write: DraftWrite
  field: TranslatableField
  unit: string
  source: unknown
  blocks: { path: string; markup: Markup }[]
}

/**
 * Fills the fields of some records that have no text in `locale`: first with an exact match from
 * the translation memory (a person's translation of the same source, kept as theirs), then with
 * the provider's translation, the glossary sent along, saved as "machine draft, unreviewed"
 * (src/translation/machineDraft.ts). Text already in the locale is never replaced. Every provider
 * call happens before anything is written, and the writes are one transaction: a provider failure
 * stores nothing.
 */
export async function pretranslate(
  req: PayloadRequest,
  provider: TranslationProvider,
  { collection, ids, locale }: PretranslateRequest,
): Promise<PretranslateSummary> {
  if (locale === sourceLocale)
    throw new ClientError(400, 'Chinese is the source language; choose a language to translate to.')
  const { payload } = req
  // Every collection, because the memory offers a translation made anywhere in the CMS.
  const [loaded, glossary] = await Promise.all([
    loadTranslatableDocuments(payload, translatedCollections),
    loadGlossary(payload),
  ])
  const memory = buildMemory(loaded, locale)
  const target = loaded.find((entry) => entry.collection === collection)!
  const docs =
    ids === 'all' ? target.docs : target.docs.filter((doc) => ids.includes(String(doc.id)))
  if (ids !== 'all') {
    const found = new Set(docs.map((doc) => String(doc.id)))
    const unknown = ids.filter((id) => !found.has(id))
    if (unknown.length > 0)
      throw new ClientError(404, `No ${collection} record with id ${unknown.join(', ')}.`)
  }

  const summary: PretranslateSummary = { locale, provider: provider.name, filled: [], warnings: [] }
  const writes: DraftWrite[] = []
  const pending: Pending[] = []
  for (const doc of docs) {
    const write: DraftWrite = {
      collection,
      id: String(doc.id),
      data: {},
      prints: {},
      fillOnly: true,
    }
    for (const field of textsOf(doc, target.fields)) {
      if (fieldState(doc, field, locale) !== 'missing') continue
      const source = valueIn(doc, field.path, sourceLocale)
      const print = sourcePrint(source)
      if (!print || !hasContent(source)) continue
      const unit = `${collection}/${doc.id}/${field.path}`
      const remembered = memory.get(fingerprint(source) ?? '')
      if (remembered) {
        write.data[field.path] = remembered.value
        write.prints[field.path] = print
        summary.filled.push({ unit, by: 'memory' })
        continue
      }
      write.prints[field.path] = machineDraftPrint(print)
      pending.push({ write, field, unit, source, blocks: blocksOf(field, source) })
    }
    writes.push(write)
  }

  const markups = pending.flatMap((item) => item.blocks.map((block) => block.markup.xml))
  const translated = await provider.translate(
    markups,
    sourceLocale,
    locale,
    glossaryPairs(glossary, locale),
  )
  let next = 0
  for (const item of pending) {
    const texts = new Map<string, UnitText>()
    for (const block of item.blocks)
      texts.set(block.path, fromMarkup(translated[next++]!, block.markup))
    const value = valueFrom(item, texts)
    if (value instanceof XliffError) {
      summary.warnings.push({
        unit: item.unit,
        message: `The machine translation could not be used (${value.message}); translate this field by hand.`,
      })
      delete item.write.prints[item.field.path]
      continue
    }
    item.write.data[item.field.path] = value
    summary.filled.push({ unit: item.unit, by: 'machine' })
    summary.warnings.push(...glossaryWarnings(glossary, item, value, locale))
  }

  const toWrite = writes.filter((write) => Object.keys(write.data).length > 0)
  const count = (by: Filled['by']) => summary.filled.filter((item) => item.by === by).length
  if (toWrite.length > 0) {
    await writeAll(req, locale, toWrite, {
      action: 'machine-translate',
      detail: { units: { memory: count('memory'), machine: count('machine') } },
      // The review workflow: a record × locale nobody has taken further becomes a machine draft.
      alsoWrite: async () => {
        for (const { collection, id } of toWrite) {
          if (isContentCollection(collection))
            await recordMachineDraft(req, { collection, id }, locale)
        }
      },
    })
  }
  return summary
}

function blocksOf(field: TranslatableField, source: unknown): Pending['blocks'] {
  if (field.kind !== 'richText') return [{ path: '', markup: toMarkup(textToUnit(String(source))) }]
  return richTextToUnits(source as SerializedEditorState).map(({ path, text }) => ({
    path,
    markup: toMarkup(text),
  }))
}

/** The field's new value, or why the provider's output does not fit the source's structure. */
function valueFrom(item: Pending, texts: Map<string, UnitText>): unknown {
  try {
    if (item.field.kind !== 'richText') return unitToText(texts.get('')!)
    return applyUnitsToRichText(item.source as SerializedEditorState, texts)
  } catch (error) {
    if (error instanceof XliffError) return error
    throw error
  }
}

/** The whole glossary in the target language: the provider applies the terms it finds. */
function glossaryPairs(terms: readonly GlossaryTerm[], locale: Locale): GlossaryPair[] {
  return terms.flatMap((entry) => {
    const target = entry.renderings[locale]
    return entry.term && target ? [{ source: entry.term, target }] : []
  })
}

/**
 * The glossary is enforced by checking: every term in the source must appear in the machine text
 * as the glossary renders it. A service may inflect a term or ignore the glossary; the reviewer is
 * told which term to look at.
 */
function glossaryWarnings(
  terms: readonly GlossaryTerm[],
  item: Pending,
  value: unknown,
  locale: Locale,
): PretranslateSummary['warnings'] {
  const translation = plainText(value).toLocaleLowerCase(locale)
  const source = plainText(item.source)
  return glossaryMatches(terms, source, locale)
    .filter(
      ({ term }, index, all) =>
        // 德国 inside 德国中心 is covered by the longer term's rendering.
        !all.slice(0, index).some((longer) => longer.term.includes(term)),
    )
    .filter(
      ({ translation: rendering }) => !translation.includes(rendering.toLocaleLowerCase(locale)),
    )
    .map(({ term, translation: rendering }) => ({
      unit: item.unit,
      message: `The glossary renders ${term} as "${rendering}", which the machine translation does not use.`,
    }))
}
