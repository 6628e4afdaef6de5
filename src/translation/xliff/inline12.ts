import { codeFromCtype12, lineBreakCtype12 } from './codes'
import { xhtmlNamespace } from './namespaces'
import { inlineRefusals } from './inlineRefusals'
import type { CodeDef, InlineEvent } from './readInline'
import { XliffError } from './types'
import type { XmlElement } from './xmlTree'

const { describe, need, unknownCode, unknownElement } = inlineRefusals('1.2', ['id', 'ctype'])

/**
 * A 1.2 `<source>` or `<target>` as inline events. Source codes are classified by `ctype` here;
 * target codes are left to be looked up by id, since CAT tools often copy tags without attributes.
 */
export function events12(
  element: XmlElement,
  ns: string | null,
  unitId: string,
  isSource: boolean,
): InlineEvent[] {
  const out: InlineEvent[] = []
  let pairs = 0
  const walk = (parent: XmlElement) => {
    for (const node of parent.children) {
      if (node.kind === 'text') {
        out.push({ type: 'text', text: node.text, preserve: parent.preserve })
        continue
      }
      if (node.ns !== ns) throw unknownElement(node, unitId)
      const id = node.attrs.get('id')
      const rid = node.attrs.get('rid') ?? id
      const tag = describe(node)
      switch (node.name) {
        case 'mrk':
          // segment and annotation markers wrap text; the text is what counts
          walk(node)
          break
        case 'g': {
          const pairKey = `g#${++pairs}`
          out.push({
            type: 'open',
            id: need(id, tag, unitId),
            pairKey,
            tag,
            def: def(node, isSource, unitId),
          })
          walk(node)
          out.push({ type: 'close', pairKey, tag })
          break
        }
        case 'bx':
        case 'bpt':
          // bpt/ept hold native code, not text: their content is not read
          out.push({
            type: 'open',
            id: need(id, tag, unitId),
            pairKey: `${node.name}:${rid}`,
            tag,
            def: def(node, isSource, unitId),
          })
          break
        case 'ex':
        case 'ept':
          out.push({ type: 'close', pairKey: `${node.name === 'ex' ? 'bx' : 'bpt'}:${rid}`, tag })
          break
        case 'it':
          throw new XliffError(
            `the ${isSource ? 'source' : 'translation'} has an isolated tag ${tag}, which the CMS cannot place. Copy the tags from the source and export again.`,
            unitId,
          )
        case 'x':
        case 'ph':
          out.push({
            type: 'standalone',
            id: need(id, tag, unitId),
            tag,
            def: standaloneDef(node, isSource, unitId),
          })
          break
        default:
          throw unknownElement(node, unitId)
      }
    }
  }
  walk(element)
  return out
}

function def(node: XmlElement, isSource: boolean, unitId: string): CodeDef | undefined {
  if (!isSource) return undefined
  const code = codeFromCtype12(node.attrs.get('ctype'))
  if (!code) throw unknownCode(node, unitId)
  const href =
    node.attrs.get(`{${xhtmlNamespace}}href`) ??
    node.attrs.get('href') ??
    [...node.attrs].find(([name]) => name.endsWith('}href'))?.[1]
  return code === 'link' && href !== undefined
    ? { kind: 'paired', code, href }
    : { kind: 'paired', code }
}

function standaloneDef(node: XmlElement, isSource: boolean, unitId: string): CodeDef | undefined {
  if (!isSource) return undefined
  if (node.attrs.get('ctype') !== lineBreakCtype12) throw unknownCode(node, unitId)
  return { kind: 'standalone' }
}
