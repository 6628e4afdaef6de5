import type { Locale } from '@/i18n/locales'

import type { ContentCollection } from '@/domain/contentCollections'
import { fold, terms, type Term } from './tokenize'

/** One record as the reader sees it, in their locale: the text that search looks at. */
export type SearchDocument = {
  collection: ContentCollection
  id: number | string
  slug: string | null
  title: string
  /** The locale the title is written in (a fallback when the reader's translation is missing). */
  titleLang: Locale
  fields: { text: string; lang: Locale; weight: number }[]
}

type Field = { text: string; lang: Locale; weight: number; folded: string; stems: string }
export type PreparedDocument = { document: SearchDocument; fields: Field[] }

export type Snippet = { text: string; mark: boolean }[]
export type SearchHit = {
  document: SearchDocument
  score: number
  snippet: Snippet | null
  snippetLang: Locale | null
}

const titleWeight = 6

/** Folds and tokenizes every field once, so each query only scans strings. */
export function prepare(documents: readonly SearchDocument[]): PreparedDocument[] {
  return documents.map((document) => ({
    document,
    fields: [
      { text: document.title, lang: document.titleLang, weight: titleWeight },
      ...document.fields,
    ]
      .filter((field) => field.text.trim() !== '')
      .map((field) => ({
        ...field,
        folded: fold(field.text),
        // Stems joined by spaces: a query stem found anywhere in here matches a word or the end of a compound.
        stems: ` ${terms(field.text, field.lang)
          .filter((term) => !term.han)
          .map((term) => term.text)
          .join(' ')} `,
      })),
  }))
}

function matches(field: Field, term: Term): boolean {
  if (term.han) return field.folded.includes(term.text)
  return field.stems.includes(term.text) || field.folded.includes(term.text)
}

/**
 * Records containing every term of the query, best first: a title match outweighs one in the text,
 * and the query as one phrase outweighs its words apart.
 */
export function search(
  prepared: readonly PreparedDocument[],
  query: string,
  locale: Locale,
  limit = 50,
): SearchHit[] {
  const queryTerms = dedupe(terms(query, locale))
  if (queryTerms.length === 0) return []
  const phrase = fold(query).replace(/\s+/g, ' ').trim()

  const hits: SearchHit[] = []
  for (const { document, fields } of prepared) {
    let score = 0
    let everyTerm = true
    for (const term of queryTerms) {
      const best = Math.max(
        0,
        ...fields.filter((field) => matches(field, term)).map((field) => field.weight),
      )
      if (best === 0) {
        everyTerm = false
        break
      }
      score += best
    }
    if (!everyTerm) continue
    const phraseField = fields.find((field) => field.folded.includes(phrase))
    if (phraseField) score += phraseField.weight * queryTerms.length
    const shown = fields.find(
      (field) => field.weight < titleWeight && queryTerms.some((term) => matches(field, term)),
    )
    hits.push({
      document,
      score,
      snippet: shown ? snippet(shown.text, queryTerms) : null,
      snippetLang: shown?.lang ?? null,
    })
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit)
}

function dedupe(list: Term[]): Term[] {
  const seen = new Set<string>()
  return list.filter((term) => !seen.has(term.text) && seen.add(term.text))
}

/**
 * Up to ~160 characters of `text` around the first match, with the matches marked. Positions are
 * found in a lower-cased copy, which keeps every character where it was (folding would not: ß → ss).
 */
export function snippet(text: string, queryTerms: Term[], radius = 70): Snippet {
  const lower = text.toLowerCase()
  const needles = queryTerms.map((term) => term.text).filter((needle) => needle.length > 0)
  const ranges: [number, number][] = []
  for (const needle of needles) {
    for (
      let at = lower.indexOf(needle);
      at !== -1;
      at = lower.indexOf(needle, at + needle.length)
    ) {
      ranges.push([at, at + needle.length])
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  const first = ranges[0]?.[0] ?? 0
  const from = Math.max(0, first - radius)
  const to = Math.min(text.length, first + radius * 2)
  const parts: Snippet = []
  let cursor = from
  for (const [start, end] of ranges) {
    if (start < cursor || start >= to) continue
    if (start > cursor) parts.push({ text: text.slice(cursor, start), mark: false })
    parts.push({ text: text.slice(start, Math.min(end, to)), mark: true })
    cursor = Math.min(end, to)
  }
  if (cursor < to) parts.push({ text: text.slice(cursor, to), mark: false })
  if (from > 0) parts.unshift({ text: '… ', mark: false })
  if (to < text.length) parts.push({ text: ' …', mark: false })
  return parts
}
