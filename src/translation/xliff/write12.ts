import { ctype12, lineBreakCtype12 } from './codes'
import { type CodeNode, numberCodes } from './inline'
import { ns12, xhtmlNamespace } from './namespaces'
import { writeExtradata } from './record'
import { state12 } from './states'
import type { GlossaryEntry, TranslationUnit, UnitText, XliffDocument } from './types'
import { escapeText } from './xmlText'
import { attrs, Lines } from './xmlWriter'

/** `original` is required on a 1.2 `<file>`; this stands in when the document names none. */
export const defaultOriginal12 = 'cms'

export function write12(doc: XliffDocument): string {
  const out = new Lines()
  out.open(0, 'xliff', [
    ['version', '1.2'],
    ['xmlns', ns12],
    ['xmlns:xhtml', xhtmlNamespace],
  ])
  out.open(1, 'file', [
    ['original', doc.original ?? defaultOriginal12],
    ['source-language', doc.sourceLanguage],
    ['target-language', doc.targetLanguage],
    ['datatype', 'plaintext'],
  ])
  out.push(2, '<body>')
  for (const unit of doc.units) writeUnit(out, unit, doc.glossary?.[unit.id] ?? [])
  out.push(2, '</body>')
  out.push(1, '</file>')
  out.push(0, '</xliff>')
  return out.toString()
}

/**
 * Where the record lives: `id` is the unit id (every CAT tool merges by it), `resname` the field
 * path (the "resource name" Trados, memoQ and Phrase show as context), `extradata` the collection,
 * document id and source fingerprint. All three are standard `<trans-unit>` attributes: Trados and
 * memoQ keep the original file as a skeleton and only replace `<target>`, so they come back as
 * sent, and unlike a `<note>` a translator cannot see, edit or delete them.
 * `maxwidth` + `size-unit="char"` is the 1.2 way to state a length limit.
 */
function writeUnit(out: Lines, unit: TranslationUnit, glossary: GlossaryEntry[]): void {
  const ids = numberCodes(unit.source, unit.target, unit.id)
  out.open(3, 'trans-unit', [
    ['id', unit.id],
    ['resname', unit.fieldPath],
    ['extradata', writeExtradata(unit)],
    ['maxwidth', unit.maxLength],
    ['size-unit', unit.maxLength === undefined ? undefined : 'char'],
    // what we write is exact text: no tool may reflow it
    ['xml:space', 'preserve'],
  ])
  out.push(4, `<source>${content(unit.source, ids)}</source>`)
  const state = unit.state === undefined ? '' : attrs([['state', state12[unit.state]]])
  // an empty <target> carries the state when there is no translation yet
  if (unit.target !== null) out.push(4, `<target${state}>${content(unit.target, ids)}</target>`)
  else if (state !== '') out.push(4, `<target${state}/>`)
  for (const note of unit.notes ?? []) out.push(4, `<note from="cms">${escapeText(note)}</note>`)
  // 1.2 has no glossary element; a note is what every CAT tool shows next to the segment
  for (const entry of glossary) {
    const definition = entry.definition ? ` (${entry.definition})` : ''
    out.push(
      4,
      `<note from="glossary">${escapeText(`Glossary: ${entry.term} → ${entry.translation}${definition}`)}</note>`,
    )
  }
  out.push(3, '</trans-unit>')
}

/**
 * `<g>` for paired codes, `<x ctype="lb"/>` for line breaks. A link's URL goes in `xhtml:href` on
 * the source `<g>`; on import, target codes take their meaning from the source code with the same
 * id, so a tool that drops attributes from target tags loses nothing.
 */
function content(text: UnitText, ids: Map<CodeNode, string>): string {
  return text
    .map((item) => {
      if (typeof item === 'string') return escapeText(item)
      const id = ids.get(item)
      if (item.code === 'br')
        return `<x${attrs([
          ['id', id],
          ['ctype', lineBreakCtype12],
        ])}/>`
      const href = item.code === 'link' ? item.href : undefined
      const open = attrs([
        ['id', id],
        ['ctype', ctype12[item.code]],
        ['xhtml:href', href],
      ])
      return `<g${open}>${content(item.children, ids)}</g>`
    })
    .join('')
}
