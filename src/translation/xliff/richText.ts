import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { type CodeNode, codeKey, describeCode, normalize, walkCodes } from './inline'
import { rebuild } from './richTextRebuild'
import { blockText, isInline, type LexicalNode } from './richTextRuns'
import { type UnitText, XliffError } from './types'

export type RichTextUnit = { path: string; text: UnitText }

/**
 * One unit per block that holds text (paragraph, heading, quote, list item), addressed by its
 * position: `#0` is the first top-level block, `#1.2` the third child of the second. Blocks
 * without text (empty paragraphs, uploads, rules) are left out.
 */
export function richTextToUnits(state: SerializedEditorState): RichTextUnit[] {
  const units: RichTextUnit[] = []
  for (const { path, block } of textBlocks(rootChildren(state), '')) {
    const text = blockText(block, path)
    if (text !== null) units.push({ path, text })
  }
  return units
}

/**
 * The source document with each text block's content replaced by its translation. Everything
 * else (block types, heading tags, list numbering, uploads, link targets) is the source's: a
 * translation changes words and where the formatting falls, not the structure.
 */
export function applyUnitsToRichText(
  sourceState: SerializedEditorState,
  translations: Map<string, UnitText>,
): SerializedEditorState {
  const result = structuredClone(sourceState)
  const done = new Set<string>()
  for (const { path, block } of textBlocks(rootChildren(result), '')) {
    const source = blockText(block, path)
    if (source === null) continue
    const translation = translations.get(path)
    if (translation === undefined)
      throw new XliffError(`Rich text block ${path} has no translation.`)
    if (!hasWords(translation))
      throw new XliffError(`The translation of rich text block ${path} is empty.`)
    checkSameCodes(source, translation, path)
    block.children = rebuild(normalize(translation), block.children ?? [], path)
    done.add(path)
  }
  for (const path of translations.keys()) {
    if (!done.has(path)) {
      throw new XliffError(
        `There is a translation for rich text block ${path}, but the source has no such block. The source may have changed since the export.`,
      )
    }
  }
  return result
}

function rootChildren(state: SerializedEditorState): LexicalNode[] {
  return (state.root.children ?? []) as unknown as LexicalNode[]
}

function* textBlocks(
  nodes: LexicalNode[],
  prefix: string,
): Generator<{ path: string; block: LexicalNode }> {
  for (const [index, node] of nodes.entries()) {
    const path = prefix === '' ? `#${index}` : `${prefix}.${index}`
    if (!Array.isArray(node.children) || isInline(node)) continue
    if (node.children.some(isInline)) yield { path, block: node }
    else yield* textBlocks(node.children, path)
  }
}

function checkSameCodes(source: UnitText, translation: UnitText, path: string): void {
  const counts = new Map<string, { node: CodeNode; count: number }>()
  for (const node of walkCodes(source)) {
    const entry = counts.get(codeKey(node)) ?? { node, count: 0 }
    counts.set(codeKey(node), { node, count: entry.count + 1 })
  }
  for (const node of walkCodes(translation)) {
    const entry = counts.get(codeKey(node))
    if (!entry || entry.count === 0) {
      throw new XliffError(
        `The translation of rich text block ${path} has ${describeCode(node)} that the source does not have.`,
      )
    }
    entry.count -= 1
  }
  const missing = [...counts.values()].find((entry) => entry.count > 0)
  if (missing) {
    throw new XliffError(
      `The translation of rich text block ${path} is missing ${describeCode(missing.node)} that the source has. Put the tag back in the CAT tool.`,
    )
  }
}

function hasWords(text: UnitText): boolean {
  return text.some((item) =>
    typeof item === 'string' ? item.trim() !== '' : item.code !== 'br' && hasWords(item.children),
  )
}
