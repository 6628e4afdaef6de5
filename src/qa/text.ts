import { isRichText, plainText } from '@/lib/localized'

import type { QaText } from './types'

/**
 * Placeholders a CMS or a template fills in (`{name}`, `{{count}}`, `%s`, `%1$d`): a translation
 * must keep each one exactly as written, or the filled-in text breaks.
 */
const placeholder = /\{\{\s*[\w.-]+\s*\}\}|\{[\w.-]+\}|%(?:\d+\$)?[sdif]/g

export function placeholdersIn(text: string): string[] {
  return text.match(placeholder) ?? []
}

// Lexical's text format bit for inline code (TEXT_TYPE_TO_FORMAT.code).
const codeFormat = 16

type Node = {
  type?: string
  text?: string
  format?: number
  url?: string
  fields?: { url?: unknown }
  children?: Node[]
}

function walk(node: Node, codes: string[], urls: string[]) {
  if (typeof node.text === 'string' && typeof node.format === 'number' && node.format & codeFormat)
    codes.push(node.text)
  const url = typeof node.fields?.url === 'string' ? node.fields.url : node.url
  if ((node.type === 'link' || node.type === 'autolink') && typeof url === 'string' && url)
    urls.push(url)
  for (const child of node.children ?? []) walk(child, codes, urls)
}

/** A stored value (string or rich text) as QA reads it. */
export function qaText(value: unknown): QaText {
  const text = plainText(value)
  const codes: string[] = []
  const urls: string[] = []
  if (isRichText(value)) walk(value.root as unknown as Node, codes, urls)
  return { text, codes: [...codes, ...placeholdersIn(text)], urls }
}
