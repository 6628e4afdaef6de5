/**
 * What a stored rich text value (Lexical's JSON) may look like. Payload hands the value to Lexical's
 * hooks and to the database as given: a string, `{root: "x"}`, `children` that is not an array or
 * a tree 5,000 levels deep ended in a server error, and unknown node types were stored and then
 * broke the admin and the public pages. The walk is iterative, so no depth overflows the stack.
 */

/** Lexical's own nodes, present in every editor whatever its features. */
export const coreNodeTypes = ['root', 'paragraph', 'text', 'linebreak', 'tab'] as const

export type RichTextLimits = {
  /** Node types the field's editor registers (with `coreNodeTypes`). */
  nodeTypes: ReadonlySet<string>
  /** Nesting below the root; real documents (a list in a quote in a link) stay under 10. */
  maxDepth: number
  maxNodes: number
  /** Characters of text in the whole value: what an XLIFF unit of this field may carry. */
  maxText: number
}

export const richTextLimits = { maxDepth: 20, maxNodes: 10_000, maxText: 100_000 } as const

export type RichTextProblem =
  | { kind: 'notRichText' }
  | { kind: 'badNode'; at: string }
  | { kind: 'unknownType'; at: string; type: string }
  | { kind: 'tooDeep'; limit: number }
  | { kind: 'tooManyNodes'; limit: number }
  | { kind: 'tooMuchText'; limit: number }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The first thing wrong with `value` as rich text, or null when it is well formed (or empty). */
export function richTextProblem(value: unknown, limits: RichTextLimits): RichTextProblem | null {
  if (value === null || value === undefined) return null
  if (!isObject(value) || !isObject(value.root) || value.root.type !== 'root')
    return { kind: 'notRichText' }
  const pending: { node: unknown; depth: number; at: string }[] = [
    { node: value.root, depth: 0, at: 'root' },
  ]
  let nodes = 0
  let text = 0
  while (pending.length > 0) {
    const { node, depth, at } = pending.pop()!
    nodes += 1
    if (nodes > limits.maxNodes) return { kind: 'tooManyNodes', limit: limits.maxNodes }
    if (depth > limits.maxDepth) return { kind: 'tooDeep', limit: limits.maxDepth }
    if (!isObject(node) || typeof node.type !== 'string') return { kind: 'badNode', at }
    if (!limits.nodeTypes.has(node.type))
      return { kind: 'unknownType', at, type: node.type.slice(0, 40) }
    if ('text' in node) {
      if (typeof node.text !== 'string') return { kind: 'badNode', at }
      text += node.text.length
      if (text > limits.maxText) return { kind: 'tooMuchText', limit: limits.maxText }
    }
    if ('children' in node) {
      if (!Array.isArray(node.children)) return { kind: 'badNode', at }
      if (nodes + pending.length + node.children.length > limits.maxNodes) {
        return { kind: 'tooManyNodes', limit: limits.maxNodes }
      }
      node.children.forEach((child, index) =>
        pending.push({ node: child, depth: depth + 1, at: `${at}.children.${index}` }),
      )
    } else if (node.type === 'root') {
      return { kind: 'badNode', at }
    }
  }
  return null
}

/**
 * The node types a rich text field's editor accepts: those its Lexical features register, read
 * from the sanitized editor Payload attached to the field, plus Lexical's core nodes.
 */
export function editorNodeTypes(editor: unknown): ReadonlySet<string> {
  const known =
    typeof editor === 'object' && editor !== null ? nodeTypesByEditor.get(editor) : undefined
  if (known) return known
  const types = new Set<string>(coreNodeTypes)
  const nodes = (editor as { editorConfig?: { features?: { nodes?: unknown[] } } } | undefined)
    ?.editorConfig?.features?.nodes
  for (const entry of nodes ?? []) {
    const node = (entry as { node?: unknown }).node as
      { getType?: () => string; replace?: { getType?: () => string } } | undefined
    const klass = node && 'replace' in node && node.replace ? node.replace : node
    const type = klass?.getType?.()
    if (typeof type === 'string') types.add(type)
  }
  if (typeof editor === 'object' && editor !== null) nodeTypesByEditor.set(editor, types)
  return types
}

/** The sanitized editor lives as long as the config: read its node types once, not on every save. */
const nodeTypesByEditor = new WeakMap<object, ReadonlySet<string>>()
