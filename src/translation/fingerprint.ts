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
