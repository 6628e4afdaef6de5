import { type CodeNode, normalize } from './inline'
import { type Inline, type PairedCode, type UnitText, XliffError } from './types'

// Lexical's inline nodes (text with format bits, line breaks, link elements) read as unit text.

/** A serialized Lexical node, read structurally: Payload adds node types of its own. */
export type LexicalNode = {
  type: string
  version?: number
  children?: LexicalNode[]
  [key: string]: unknown
}
export type TextNode = LexicalNode & { text: string; format: number }

/** Lexical's text format bits, in the order codes nest when two cover the same text. */
export const formatBits: [Exclude<PairedCode, 'link'>, number][] = [
  ['bold', 1],
  ['italic', 2],
  ['underline', 8],
  ['strikethrough', 4],
  ['code', 16],
  ['sub', 32],
  ['sup', 64],
]
export const mappedBits = formatBits.reduce((all, [, bit]) => all | bit, 0)
const inlineTypes = new Set(['text', 'tab', 'linebreak', 'link', 'autolink'])
export const isInline = (node: LexicalNode) => inlineTypes.has(node.type)

type Run = { text: string | null; keys: string[] }

/** The block as a unit, or null when it has no words to translate. */
export function blockText(block: LexicalNode, path: string): UnitText | null {
  const links = new Map<string, string | undefined>()
  const runs = flatten(block.children ?? [], path, links, null)
  if (!runs.some((run) => run.text !== null && run.text.trim() !== '')) return null
  return build(runs, new Set(), links)
}

/**
 * The block's inline nodes as a flat list of runs, each with the codes that cover it. A link is
 * one code per link node (two adjacent links to the same page stay two links).
 */
function flatten(
  nodes: LexicalNode[],
  path: string,
  links: Map<string, string | undefined>,
  link: string | null,
): Run[] {
  return nodes.flatMap((node): Run[] => {
    const linkKeys = link === null ? [] : [link]
    if (node.type === 'linebreak') return [{ text: null, keys: linkKeys }]
    if (node.type === 'text' || node.type === 'tab') {
      const format = typeof node.format === 'number' ? node.format : 0
      const formats = formatBits.filter(([, bit]) => format & bit).map(([code]) => code)
      return [{ text: String(node.text ?? ''), keys: [...linkKeys, ...formats] }]
    }
    if (node.type === 'link' || node.type === 'autolink') {
      if (link !== null) throw new XliffError(`Rich text block ${path} has a link inside a link.`)
      const key = `link#${links.size}`
      links.set(key, linkHref(node))
      return flatten(node.children ?? [], path, links, key)
    }
    throw new XliffError(
      `Rich text block ${path} contains a "${node.type}" element inside its text, which cannot be sent for translation.`,
    )
  })
}

/** A custom link's URL; an internal link is named by the document it points to. */
export function linkHref(node: LexicalNode): string | undefined {
  const fields = (node.fields ?? {}) as {
    url?: unknown
    doc?: { relationTo?: unknown; value?: unknown } | null
  }
  if (typeof fields.url === 'string' && fields.url !== '') return fields.url
  const doc = fields.doc
  if (!doc || typeof doc.relationTo !== 'string') return undefined
  const value = doc.value
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return `internal:${doc.relationTo}/${String(id)}`
}

/**
 * Runs → nested codes. At each point the code covering the longest stretch opens first, so a
 * bold sentence with one italic word is one bold tag around one italic tag, not three tags: fewer
 * tags for the translator to place.
 */
function build(
  runs: Run[],
  applied: Set<string>,
  links: Map<string, string | undefined>,
): UnitText {
  const out: Inline[] = []
  let index = 0
  while (index < runs.length) {
    const run = runs[index] as Run
    let best: string | undefined
    let bestLength = 0
    for (const key of run.keys) {
      if (applied.has(key)) continue
      const length = extent(runs, index, key)
      if (length > bestLength) [best, bestLength] = [key, length]
    }
    if (best === undefined) {
      out.push(run.text ?? { code: 'br' })
      index += 1
      continue
    }
    const children = build(
      runs.slice(index, index + bestLength),
      new Set([...applied, best]),
      links,
    )
    out.push(
      best.startsWith('link#')
        ? link(links.get(best), children)
        : { code: best as PairedCode, children },
    )
    index += bestLength
  }
  return normalize(out)
}

export function link(href: string | undefined, children: Inline[]): CodeNode {
  return href === undefined ? { code: 'link', children } : { code: 'link', href, children }
}

/** How many runs from `start` a code covers. A line break inside bold text stays inside the bold. */
function extent(runs: Run[], start: number, key: string): number {
  let end = start
  while (end < runs.length) {
    if (runs[end]?.keys.includes(key)) {
      end += 1
      continue
    }
    let next = end
    while (!key.startsWith('link#') && runs[next]?.text === null) next += 1
    if (next === end || !runs[next]?.keys.includes(key)) break
    end = next
  }
  return end - start
}
