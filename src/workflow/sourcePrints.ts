import { sourceLocale } from '@/i18n/locales'
import { sourcePrint } from '@/translation/fingerprint'
import { valueIn, type DocumentInAllLocales } from '@/translation/status'
import { textsOf, type TranslatableField } from '@/translation/translatableFields'

/** Per field path, the fingerprint of the source's text. */
export type SourcePrints = Record<string, string>

/**
 * What a reviewer approved: the source's plain text per field. Formatting (bold, a link's style,
 * a paragraph's direction) and whitespace do not change it, so such an edit of the source leaves
 * an approved translation approved; a changed word reopens it.
 */
export function sourcePrints(
  doc: DocumentInAllLocales,
  fields: readonly TranslatableField[],
): SourcePrints {
  const prints: SourcePrints = {}
  for (const { path } of textsOf(doc, fields)) {
    const print = sourcePrint(valueIn(doc, path, sourceLocale))
    if (print) prints[path] = print
  }
  return prints
}

/** The field paths whose source text differs between two sets of prints (added or removed too). */
export function changedPaths(
  before: SourcePrints | null | undefined,
  after: SourcePrints,
): string[] {
  const previous = before ?? {}
  const paths = new Set([...Object.keys(previous), ...Object.keys(after)])
  return [...paths].filter((path) => previous[path] !== after[path])
}
