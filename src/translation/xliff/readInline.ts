import { type CodeNode, normalize } from './inline'
import { type Inline, type PairedCode, type UnitText, XliffError } from './types'

/** What a source code stands for; target codes borrow it by id. */
export type CodeDef = { kind: 'paired'; code: PairedCode; href?: string } | { kind: 'standalone' }

/**
 * Inline content flattened to a stream, so the spellings CAT tools use for the same code (`<g>`,
 * `<bx>/<ex>`, `<bpt>/<ept>`, `<pc>`, `<sc>/<ec>` across segments) all become one tree.
 * `pairKey` joins an opening to its closing; `id` names the code in the source.
 */
export type InlineEvent =
  | { type: 'text'; text: string; preserve: boolean }
  | { type: 'open'; id: string; pairKey: string; tag: string; def?: CodeDef }
  | { type: 'close'; pairKey: string; tag: string }
  | { type: 'standalone'; id: string; tag: string; def?: CodeDef }

export type CodeRegistry = Map<string, CodeDef>

type Side = { unitId: string; registry: CodeRegistry; isSource: boolean }

/**
 * Builds a unit's text from its events. For the source each code defines itself and is recorded;
 * for the target each code must name a source code, which is how a CAT tool that invented or
 * mangled a tag is caught.
 */
export function eventsToText(events: InlineEvent[], side: Side): UnitText {
  const seen = new Set<string>()
  const stack: { pairKey: string; tag: string; node: CodeNode & { children: Inline[] } }[] = []
  const root: Inline[] = []
  const current = () => stack[stack.length - 1]?.node.children ?? root
  const texts = collapseLayout(events)
  for (const [index, event] of events.entries()) {
    if (event.type === 'text') {
      const text = texts.get(index) ?? event.text
      if (text !== '') current().push(text)
    } else if (event.type === 'open') {
      const def = codeFor(event, 'paired', seen, side)
      if (def.kind !== 'paired') throw mismatch(event.tag, side.unitId)
      const node: CodeNode & { children: Inline[] } = { code: def.code, children: [] }
      if (def.href !== undefined) node.href = def.href
      current().push(node)
      stack.push({ pairKey: event.pairKey, tag: event.tag, node })
    } else if (event.type === 'close') {
      const open = stack.pop()
      if (!open || open.pairKey !== event.pairKey) {
        throw new XliffError(
          `the ${label(side)} has tags that overlap or do not match (${event.tag}). Fix the tags in the CAT tool so each one is closed inside the one around it.`,
          side.unitId,
        )
      }
    } else {
      if (codeFor(event, 'standalone', seen, side).kind !== 'standalone')
        throw mismatch(event.tag, side.unitId)
      current().push({ code: 'br' })
    }
  }
  const unclosed = stack.pop()
  if (unclosed) {
    throw new XliffError(
      `the ${label(side)} opens ${unclosed.tag} but never closes it.`,
      side.unitId,
    )
  }
  return normalize(root)
}

function codeFor(
  event: Extract<InlineEvent, { id: string }>,
  kind: CodeDef['kind'],
  seen: Set<string>,
  side: Side,
): CodeDef {
  if (seen.has(event.id)) {
    throw new XliffError(
      `the ${label(side)} uses tag ${event.tag} twice. Each tag of the source may appear once in the translation.`,
      side.unitId,
    )
  }
  seen.add(event.id)
  if (side.isSource) {
    // the version readers classify every source code; a missing def is a tag they could not read
    const def = event.def ?? (kind === 'standalone' ? { kind } : undefined)
    if (!def)
      throw new XliffError(`the source has tag ${event.tag} of an unknown kind.`, side.unitId)
    side.registry.set(event.id, def)
    return def
  }
  const def = side.registry.get(event.id)
  if (!def) {
    throw new XliffError(
      `the translation contains tag ${event.tag}, which is not in the source. The CAT tool may have changed the tags: copy them from the source and export again.`,
      side.unitId,
    )
  }
  return def
}

function mismatch(tag: string, unitId: string): XliffError {
  return new XliffError(
    `tag ${tag} in the translation is a different kind of tag from the source tag with that id. Copy the tags from the source and export again.`,
    unitId,
  )
}

const label = (side: Side) => (side.isSource ? 'source' : 'translation')

/**
 * Whitespace outside `xml:space="preserve"` is layout, not content (pretty-printing, line
 * wrapping): runs collapse to one space and the ends of the unit are trimmed. XML whitespace only,
 * so a no-break space stays.
 */
function collapseLayout(events: InlineEvent[]): Map<number, string> {
  const out = new Map<number, string>()
  for (const [index, event] of events.entries()) {
    if (event.type === 'text' && !event.preserve) {
      out.set(index, event.text.replace(/[ \t\n\r]+/g, ' '))
    }
  }
  // from each end inwards, through tags but not past a line break or a word
  const trim = (indexes: number[], edge: RegExp) => {
    for (const index of indexes) {
      const event = events[index]
      if (event?.type === 'standalone') return
      if (event?.type !== 'text') continue
      const text = out.get(index)
      if (text === undefined) return
      out.set(index, text.replace(edge, ''))
      if (/[^ ]/.test(text)) return
    }
  }
  const indexes = [...events.keys()]
  trim(indexes, /^ /)
  trim(indexes.reverse(), / $/)
  return out
}
