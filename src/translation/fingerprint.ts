import { createHash } from 'node:crypto'

import { hasContent } from '@/lib/localized'

/**
 * A short hash of a source value's meaning: its text and formatting, not the editor's bookkeeping
 * (Lexical rewrites `direction`, `version` or `indent` without any change a translator would see).
 * Equal fingerprints mean "the source a translation was made from is the source now".
 */
export function fingerprint(value: unknown): string | null {
  const canonical = canonicalize(value)
  if (canonical === null) return null
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 16)
}

/**
 * The print a translation records of the source it was made from: the source's words and link
 * targets, not its formatting or white space. A source edit that only makes a word bold or
 * re-wraps a paragraph leaves its translations current (issue #10); a changed word or link
 * target makes them outdated. (`fingerprint` above, formatting included, tells whether a value
 * changed at all, and keys the translation memory, whose matches carry their formatting.)
 */
export function sourcePrint(value: unknown): string | null {
  const words = wordsOf(value)
  if (words === null) return null
  return createHash('sha256').update(`words:${words}`).digest('hex').slice(0, 16)
}

/**
 * Whether a recorded source print names this source: today's `sourcePrint`, or the
 * formatting-sensitive `fingerprint` that translations recorded before formatting stopped
 * counting, so those stay current until their source's words change.
 */
export function isPrintOf(recorded: string | null | undefined, source: unknown): boolean {
  if (!recorded) return false
  return recorded === sourcePrint(source) || recorded === fingerprint(source)
}

/** A value's words and link targets, white space folded; null for an empty value. */
function wordsOf(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'object' && 'root' in (value as object)) {
    if (!hasContent(value)) return null
    const parts: string[] = []
    const walk = (input: unknown) => {
      const node = (input ?? {}) as Node & { fields?: { url?: string } }
      if (node.type === 'text') parts.push(node.text ?? '')
      const url = node.fields?.url ?? node.url
      if (url) parts.push(` <${url}> `)
      if (Array.isArray(node.children)) node.children.forEach(walk)
      // Blocks are separated, so joining two paragraphs is a change of the text.
      if (node.type !== 'text' && node.type !== 'root') parts.push('\n')
    }
    walk((value as { root: unknown }).root)
    return fold(parts.join(''))
  }
  // Plain text has no paragraphs: a line break in it is white space like any other.
  if (typeof value === 'string') return fold(value.replace(/\s+/g, ' '))
  return JSON.stringify(value)
}

function fold(text: string): string | null {
  const folded = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
  return folded === '' ? null : folded
}

function canonicalize(value: unknown): unknown {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') {
    const text = value.replace(/\s+/g, ' ').trim()
    return text === '' ? null : text
  }
  if (typeof value === 'object' && 'root' in (value as object)) {
    return hasContent(value) ? canonicalNode((value as { root: unknown }).root) : null
  }
  return value
}

type Node = {
  type?: string
  tag?: string
  listType?: string
  format?: unknown
  text?: string
  url?: string
  children?: Node[]
}

function canonicalNode(input: unknown): Node {
  const node = (input ?? {}) as Node & { fields?: { url?: string } }
  const out: Node = { type: node.type }
  if (node.tag) out.tag = node.tag
  if (node.listType) out.listType = node.listType
  if (node.type === 'text') {
    out.text = node.text ?? ''
    if (node.format) out.format = node.format
  }
  const url = node.fields?.url ?? node.url
  if (url) out.url = url
  if (Array.isArray(node.children)) out.children = node.children.map(canonicalNode)
  return out
}
