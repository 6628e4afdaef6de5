import { coreNodeTypes, richTextLimits, richTextProblem } from '@/fields/richTextShape'

const limits = {
  ...richTextLimits,
  nodeTypes: new Set<string>([...coreNodeTypes, 'heading', 'quote', 'link']),
}

const doc = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children })
const text = (value: string) => ({ type: 'text', version: 1, text: value })

function nested(depth: number) {
  let node: Record<string, unknown> = text('x')
  for (let level = 0; level < depth; level += 1)
    node = { type: 'quote', version: 1, children: [node] }
  return doc(node)
}

describe('richTextProblem', () => {
  it('accepts empty values and well-formed documents the editor can show', () => {
    expect(richTextProblem(null, limits)).toBeNull()
    expect(richTextProblem(undefined, limits)).toBeNull()
    expect(richTextProblem(doc(), limits)).toBeNull()
    expect(
      richTextProblem(
        doc(paragraph(text('德国中心')), { type: 'heading', tag: 'h2', children: [text('x')] }),
        limits,
      ),
    ).toBeNull()
    expect(richTextProblem(nested(richTextLimits.maxDepth - 1), limits)).toBeNull()
  })

  it('refuses what is not a Lexical document', () => {
    for (const value of [
      '<p>hi</p>',
      1,
      [],
      {},
      { root: 'x' },
      { root: { type: 'paragraph', children: [] } },
      { root: { type: 'root' } },
    ]) {
      expect(richTextProblem(value, limits)?.kind).toMatch(/notRichText|badNode/)
    }
  })

  it('refuses malformed nodes and says where they are', () => {
    expect(richTextProblem(doc(paragraph(text('a'), 'x')), limits)).toEqual({
      kind: 'badNode',
      at: 'root.children.0.children.1',
    })
    expect(richTextProblem(doc({ type: 'paragraph', children: 'x' }), limits)).toEqual({
      kind: 'badNode',
      at: 'root.children.0',
    })
    expect(richTextProblem(doc({ type: 'text', text: 5 }), limits)).toEqual({
      kind: 'badNode',
      at: 'root.children.0',
    })
    expect(richTextProblem(doc({ children: [] }), limits)).toEqual({
      kind: 'badNode',
      at: 'root.children.0',
    })
  })

  it('refuses node types the editor does not register', () => {
    expect(richTextProblem(doc(paragraph({ type: 'script', text: 'alert(1)' })), limits)).toEqual({
      kind: 'unknownType',
      at: 'root.children.0.children.0',
      type: 'script',
    })
  })

  it('stops at the depth, node and text limits without recursing (5,000 levels deep)', () => {
    expect(richTextProblem(nested(5000), limits)).toEqual({
      kind: 'tooDeep',
      limit: richTextLimits.maxDepth,
    })
    const wide = doc(...Array.from({ length: richTextLimits.maxNodes }, () => text('x')))
    expect(richTextProblem(wide, limits)).toEqual({
      kind: 'tooManyNodes',
      limit: richTextLimits.maxNodes,
    })
    const long = doc(paragraph(text('x'.repeat(richTextLimits.maxText)), text('y')))
    expect(richTextProblem(long, limits)).toEqual({
      kind: 'tooMuchText',
      limit: richTextLimits.maxText,
    })
  })
})
