import { codeKey } from './inline'
import {
  formatBits,
  type LexicalNode,
  link,
  linkHref,
  mappedBits,
  type TextNode,
} from './richTextRuns'
import { type UnitText, XliffError } from './types'

// Unit text written back as Lexical inline nodes.

const defaultText: TextNode = {
  type: 'text',
  version: 1,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text: '',
}

/**
 * New inline nodes for a block. Text nodes copy their settings (style, mode, format bits we have
 * no code for, such as highlight) from a source text node with the same formatting; links are
 * the source's link nodes, matched by URL in order, so their fields (internal document, new tab)
 * come back unchanged.
 */
export function rebuild(
  translation: UnitText,
  sourceChildren: LexicalNode[],
  path: string,
): LexicalNode[] {
  const templates: TextNode[] = []
  const linkNodes = new Map<string, LexicalNode[]>()
  const collect = (nodes: LexicalNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') templates.push(node as TextNode)
      if (node.type === 'link' || node.type === 'autolink') {
        const key = codeKey(link(linkHref(node), []))
        linkNodes.set(key, [...(linkNodes.get(key) ?? []), node])
        collect(node.children ?? [])
      }
    }
  }
  collect(sourceChildren)
  const emit = (items: UnitText, format: number, inLink: boolean): LexicalNode[] =>
    items.flatMap((item): LexicalNode[] => {
      if (typeof item === 'string') return [textNode(item, format, templates)]
      if (item.code === 'br') return [{ type: 'linebreak', version: 1 }]
      if (item.code !== 'link') {
        const bit = formatBits.find(([code]) => code === item.code)?.[1] ?? 0
        return emit(item.children, format | bit, inLink)
      }
      if (inLink)
        throw new XliffError(
          `The translation of rich text block ${path} puts a link inside a link.`,
        )
      const source = linkNodes.get(codeKey(item))?.shift()
      if (!source)
        throw new XliffError(
          `The translation of rich text block ${path} has a link the source does not have.`,
        )
      return [{ ...source, children: mergeText(emit(item.children, format, true)) }]
    })
  return mergeText(emit(translation, 0, false))
}

function textNode(text: string, format: number, templates: TextNode[]): TextNode {
  const template =
    templates.find((node) => (node.format & mappedBits) === format) ?? templates[0] ?? defaultText
  return { ...template, text, format: format | (template.format & ~mappedBits) }
}

/** Adjacent text nodes that look alike are one node, as Lexical itself would store them. */
function mergeText(nodes: LexicalNode[]): LexicalNode[] {
  const out: LexicalNode[] = []
  for (const node of nodes) {
    const last = out[out.length - 1]
    if (
      last?.type === 'text' &&
      node.type === 'text' &&
      sameLook(last as TextNode, node as TextNode)
    ) {
      out[out.length - 1] = { ...last, text: `${String(last.text)}${String(node.text)}` }
    } else {
      out.push(node)
    }
  }
  return out
}

function sameLook(a: TextNode, b: TextNode): boolean {
  return a.format === b.format && a.style === b.style && a.mode === b.mode && a.detail === b.detail
}
