import { type Inline, type PairedCode, type UnitText, XliffError } from './types'

export const pairedCodes: readonly PairedCode[] = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'code',
  'link',
  'sub',
  'sup',
]

export type CodeNode = Exclude<Inline, string>

export function isPairedCode(value: unknown): value is PairedCode {
  return typeof value === 'string' && (pairedCodes as readonly string[]).includes(value)
}

/** What identifies a code across source and target: its kind and, for links, the URL. */
export function codeKey(node: CodeNode): string {
  return node.code === 'link' ? `link ${node.href ?? ''}` : node.code
}

/** How a code is named to a translator in an error message. */
export function describeCode(node: CodeNode): string {
  if (node.code === 'br') return 'line break'
  return node.code === 'link'
    ? `link${node.href ? ` to ${node.href}` : ''}`
    : `${node.code} formatting`
}

/** One spelling for each text: adjacent strings merged, empty strings dropped. */
export function normalize(text: UnitText): UnitText {
  const out: Inline[] = []
  for (const item of text) {
    if (typeof item === 'string') {
      if (item === '') continue
      const last = out[out.length - 1]
      if (typeof last === 'string') out[out.length - 1] = last + item
      else out.push(item)
    } else if (item.code === 'br') {
      out.push({ code: 'br' })
    } else {
      const code: CodeNode = { code: item.code, children: normalize(item.children) }
      if (item.href !== undefined) code.href = item.href
      out.push(code)
    }
  }
  return out
}

export function* walkCodes(text: UnitText): Generator<CodeNode> {
  for (const item of text) {
    if (typeof item === 'string') continue
    yield item
    if (item.code !== 'br') yield* walkCodes(item.children)
  }
}

export function hasCodes(text: UnitText): boolean {
  return !walkCodes(text).next().done
}

/**
 * Numbers the codes of a unit for the file. Source codes count 1, 2, … in document order, so the
 * same source always gives the same ids. A target code takes the id of the source code with the
 * same kind and URL (the k-th bold of the target is the k-th bold of the source): our model has no
 * identity beyond that, and equal codes are interchangeable.
 */
export function numberCodes(
  source: UnitText,
  target: UnitText | null,
  unitId: string,
): Map<CodeNode, string> {
  const ids = new Map<CodeNode, string>()
  const free = new Map<string, string[]>()
  let next = 1
  for (const node of walkCodes(source)) {
    const id = String(next++)
    ids.set(node, id)
    const key = codeKey(node)
    free.set(key, [...(free.get(key) ?? []), id])
  }
  for (const node of walkCodes(target ?? [])) {
    const id = free.get(codeKey(node))?.shift()
    if (id === undefined) {
      throw new XliffError(
        `the translation has ${describeCode(node)} that the source does not have, so it cannot be exported`,
        unitId,
      )
    }
    ids.set(node, id)
  }
  return ids
}

/**
 * Whether `writeXliff` can export this target with this source: every target code needs a source
 * code of the same kind and URL. An exporter can test an old translation with this and send it
 * without its target rather than fail the whole file.
 */
export function targetCodesFit(source: UnitText, target: UnitText): boolean {
  const free = new Map<string, number>()
  for (const node of walkCodes(source)) free.set(codeKey(node), (free.get(codeKey(node)) ?? 0) + 1)
  for (const node of walkCodes(target)) {
    const left = free.get(codeKey(node)) ?? 0
    if (left === 0) return false
    free.set(codeKey(node), left - 1)
  }
  return true
}
