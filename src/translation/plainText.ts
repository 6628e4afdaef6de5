/** A field's value as the text a translator reads: rich text flattened block by block. */
export function toPlainText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'object' && 'root' in (value as object)) {
    return blocks((value as { root: Node }).root)
      .join('\n\n')
      .trim()
  }
  return String(value)
}

type Node = { type?: string; text?: string; children?: Node[] }

const blockTypes = new Set(['paragraph', 'heading', 'quote', 'listitem'])

function blocks(node: Node): string[] {
  if (blockTypes.has(node.type ?? '')) return [inline(node)]
  return (node.children ?? []).flatMap(blocks)
}

function inline(node: Node): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'linebreak') return '\n'
  return (node.children ?? []).map(inline).join('')
}
