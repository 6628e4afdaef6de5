import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { Option } from '@/domain/options'
import { fallbackChains, type Locale } from '@/i18n/locales'

/** A localized field as Payload returns it for `locale: 'all'`: one value per locale, some missing. */
export type Localized<T> = Partial<Record<Locale, T | null | undefined>>

/** The value a reader sees and the locale it was written in (theirs, or one from their fallback chain). */
export type Shown<T> = { value: T; lang: Locale }

export type RichText = SerializedEditorState

export function isRichText(value: unknown): value is RichText {
  return typeof value === 'object' && value !== null && 'root' in value
}

/**
 * A stored value as the text a reader or translator reads: rich text flattened block by block
 * (a blank line between paragraphs, headings, quotes and list items; line breaks and tabs kept),
 * a string as it is. Search, page descriptions, the source shown beside a translation and every
 * emptiness check read it from here.
 */
export function plainText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (isRichText(value))
    return blocks(value.root as TextNode)
      .join('\n\n')
      .trim()
  return String(value)
}

type TextNode = { type?: string; text?: string; children?: TextNode[] }

const blockTypes = new Set(['paragraph', 'heading', 'quote', 'listitem'])

function blocks(node: TextNode): string[] {
  if (blockTypes.has(node.type ?? '')) return [inline(node)]
  return (node.children ?? []).flatMap(blocks)
}

function inline(node: TextNode): string {
  if (node.type === 'linebreak') return '\n'
  if (typeof node.text === 'string') return node.text
  return (node.children ?? []).map(inline).join('')
}

/** Whether a stored value says anything: empty strings and empty rich text count as missing. */
export function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string' || isRichText(value)) return plainText(value).trim() !== ''
  return true
}

/**
 * Resolves a localized field for a reader the way the CMS's fallback does (their locale, then
 * `fallbackChains`), but keeps which locale supplied the text, so the page can say so and mark it
 * up with that language's `lang`.
 */
export function show<T>(field: Localized<T> | null | undefined, locale: Locale): Shown<T> | null {
  if (!field) return null
  for (const candidate of [locale, ...fallbackChains[locale]]) {
    const value = field[candidate]
    if (hasContent(value)) return { value: value as T, lang: candidate }
  }
  return null
}

/** The locales other than the reader's that supplied any of these fields, in fallback-chain order. */
export function fallbackLanguages(
  locale: Locale,
  shown: readonly (Shown<unknown> | null | undefined)[],
): Locale[] {
  const used = new Set(
    shown.filter((item): item is Shown<unknown> => !!item).map((item) => item.lang),
  )
  return fallbackChains[locale].filter((candidate) => used.has(candidate))
}

/** A select option's label in the reader's language (option labels exist in every locale). */
export function optionLabel<V extends string>(
  options: readonly Option<V>[],
  value: V | null | undefined,
  locale: Locale,
): string | null {
  if (!value) return null
  return options.find((option) => option.value === value)?.label[locale] ?? null
}

export function isOption<V extends string>(
  options: readonly Option<V>[],
  value: unknown,
): value is V {
  return typeof value === 'string' && options.some((option) => option.value === value)
}
