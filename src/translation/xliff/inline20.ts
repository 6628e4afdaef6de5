import { codeFromType20, lineBreakSubType20 } from './codes'
import { inlineRefusals } from './inlineRefusals'
import type { CodeDef, InlineEvent } from './readInline'
import { XliffError } from './types'
import { decodeEntities } from './xmlText'
import type { XmlElement } from './xmlTree'

const { describe, need, unknownCode, unknownElement } = inlineRefusals('2.0', [
  'id',
  'type',
  'subType',
])

/** What reading 2.0 inline content needs from its unit: link URLs live in `<originalData>`. */
export type Reader20 = { ns: string | null; unitId: string; originalData: Map<string, string> }

/**
 * A 2.0 `<source>` or `<target>` as inline events. `<sc>`/`<ec>` pair by `startRef`, so a code a
 * CAT tool split across segments closes in a later segment's events.
 */
export function events20(element: XmlElement, reader: Reader20, isSource: boolean): InlineEvent[] {
  const { ns, unitId } = reader
  const out: InlineEvent[] = []
  let pairs = 0
  const walk = (parent: XmlElement) => {
    for (const node of parent.children) {
      if (node.kind === 'text') {
        out.push({ type: 'text', text: node.text, preserve: parent.preserve })
        continue
      }
      if (node.ns !== ns) throw unknownElement(node, unitId)
      const tag = describe(node)
      const id = () => need(node.attrs.get('id'), tag, unitId)
      switch (node.name) {
        case 'mrk':
          // annotations (terms, comments) wrap text; the text is what counts
          walk(node)
          break
        case 'sm':
        case 'em':
          break
        case 'cp':
          out.push({ type: 'text', text: codePoint(node, unitId), preserve: true })
          break
        case 'pc': {
          const pairKey = `pc#${++pairs}`
          out.push({
            type: 'open',
            id: id(),
            pairKey,
            tag,
            def: isSource ? pairedDef(node, reader) : undefined,
          })
          walk(node)
          out.push({ type: 'close', pairKey, tag })
          break
        }
        case 'sc':
          if (node.attrs.get('isolated') === 'yes') throw isolated(tag, unitId)
          out.push({
            type: 'open',
            id: id(),
            pairKey: `sc:${id()}`,
            tag,
            def: isSource ? pairedDef(node, reader) : undefined,
          })
          break
        case 'ec':
          if (node.attrs.get('isolated') === 'yes') throw isolated(tag, unitId)
          out.push({ type: 'close', pairKey: `sc:${node.attrs.get('startRef') ?? ''}`, tag })
          break
        case 'ph':
          if (isSource && node.attrs.get('subType') !== lineBreakSubType20)
            throw unknownCode(node, unitId)
          out.push({
            type: 'standalone',
            id: id(),
            tag,
            def: isSource ? { kind: 'standalone' } : undefined,
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

function pairedDef(node: XmlElement, reader: Reader20): CodeDef {
  const code = codeFromType20(node.attrs.get('type'), node.attrs.get('subType'))
  if (!code) throw unknownCode(node, reader.unitId)
  if (code !== 'link') return { kind: 'paired', code }
  const data = reader.originalData.get(node.attrs.get('dataRefStart') ?? '')
  const href = data === undefined ? undefined : /href\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(data)
  const url = href?.[1] ?? href?.[2]
  return url === undefined
    ? { kind: 'paired', code }
    : { kind: 'paired', code, href: decodeEntities(url) }
}

function codePoint(node: XmlElement, unitId: string): string {
  const point = parseInt(node.attrs.get('hex') ?? '', 16)
  if (Number.isNaN(point) || point < 0 || point > 0x10ffff) {
    throw new XliffError(
      `<cp hex="${node.attrs.get('hex') ?? ''}"> is not a valid character.`,
      unitId,
    )
  }
  return String.fromCodePoint(point)
}

function isolated(tag: string, unitId: string): XliffError {
  return new XliffError(
    `tag ${tag} is isolated (its partner is in another unit), which the CMS cannot place. Copy the tags from the source and export again.`,
    unitId,
  )
}
