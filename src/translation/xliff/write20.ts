import { lineBreakSubType20, subType20 } from './codes'
import { type CodeNode, numberCodes, walkCodes } from './inline'
import { cmsCategory, glsNamespace, mdaNamespace, ns20, slrNamespace } from './namespaces'
import { toNmtoken } from './record'
import { state20 } from './states'
import type { GlossaryEntry, TranslationUnit, UnitText, XliffDocument } from './types'
import { escapeAttr, escapeText, splitForbidden } from './xmlText'
import { attrs, Lines } from './xmlWriter'

export function write20(doc: XliffDocument): string {
  const out = new Lines()
  out.open(0, 'xliff', [
    ['xmlns', ns20],
    ['xmlns:mda', mdaNamespace],
    ['xmlns:gls', glsNamespace],
    ['xmlns:slr', slrNamespace],
    ['version', '2.0'],
    ['srcLang', doc.sourceLanguage],
    ['trgLang', doc.targetLanguage],
  ])
  out.open(1, 'file', [
    ['id', 'f1'],
    ['original', doc.original],
  ])
  // sizeRestriction values need a declared profile: counted in Unicode code points
  if (doc.units.some((unit) => unit.maxLength !== undefined)) {
    out.push(2, '<slr:profiles generalProfile="xliff:codepoints"/>')
  }
  for (const unit of doc.units) writeUnit(out, unit, doc.glossary?.[unit.id] ?? [])
  out.push(1, '</file>')
  out.push(0, '</xliff>')
  return out.toString()
}

/**
 * Where the record lives: `id` is the unit id made a valid NMTOKEN (reversibly), `name` the field
 * path (2.0's "resource name", what CAT tools show as context), and collection, document id and
 * fingerprint go in the Metadata module, which is the 2.0 place for tool data: the spec requires
 * tools to keep module elements they do not understand, and translators never see them.
 */
function writeUnit(out: Lines, unit: TranslationUnit, glossary: GlossaryEntry[]): void {
  const ids = numberCodes(unit.source, unit.target, unit.id)
  out.open(2, 'unit', [
    ['id', toNmtoken(unit.id)],
    ['name', unit.fieldPath],
    ['xml:space', 'preserve'],
    ['slr:sizeRestriction', unit.maxLength],
  ])
  out.push(3, `<mda:metadata><mda:metaGroup${attrs([['category', cmsCategory]])}>`)
  out.push(4, meta('collection', unit.collection))
  out.push(4, meta('docId', unit.docId))
  out.push(4, meta('fingerprint', unit.sourceFingerprint))
  out.push(3, '</mda:metaGroup></mda:metadata>')
  if (glossary.length > 0) writeGlossary(out, glossary)
  if (unit.notes?.length) {
    out.push(3, '<notes>')
    for (const note of unit.notes)
      out.push(4, `<note${attrs([['category', cmsCategory]])}>${escapeText(note)}</note>`)
    out.push(3, '</notes>')
  }
  writeOriginalData(out, unit.source, ids)
  const state: { state?: string; subState?: string } =
    unit.state === undefined ? {} : state20(unit.state)
  out.open(3, 'segment', [
    ['state', state.state],
    ['subState', state.subState],
  ])
  out.push(4, `<source>${content(unit.source, ids)}</source>`)
  if (unit.target !== null) out.push(4, `<target>${content(unit.target, ids)}</target>`)
  out.push(3, '</segment>')
  out.push(2, '</unit>')
}

const meta = (type: string, value: string) =>
  `<mda:meta${attrs([['type', type]])}>${escapeText(value)}</mda:meta>`

function writeGlossary(out: Lines, glossary: GlossaryEntry[]): void {
  out.push(3, '<gls:glossary>')
  for (const entry of glossary) {
    out.push(4, '<gls:glossEntry>')
    out.push(5, `<gls:term>${escapeText(entry.term)}</gls:term>`)
    out.push(5, `<gls:translation>${escapeText(entry.translation)}</gls:translation>`)
    if (entry.definition !== undefined)
      out.push(5, `<gls:definition>${escapeText(entry.definition)}</gls:definition>`)
    out.push(4, '</gls:glossEntry>')
  }
  out.push(3, '</gls:glossary>')
}

/**
 * A link's URL is native data, which 2.0 keeps in `<originalData>` and points to with
 * `dataRefStart`/`dataRefEnd`; CAT tools show it as the tag's content.
 */
function writeOriginalData(out: Lines, source: UnitText, ids: Map<CodeNode, string>): void {
  const links = [...walkCodes(source)].filter(
    (node) => node.code === 'link' && node.href !== undefined,
  )
  if (links.length === 0) return
  out.push(3, '<originalData>')
  for (const link of links) {
    const id = ids.get(link)
    const href = link.code === 'link' ? (link.href ?? '') : ''
    out.push(4, `<data id="d${id}">${escapeText(`<a href="${escapeAttr(href)}">`)}</data>`)
    out.push(4, `<data id="d${id}-end">${escapeText('</a>')}</data>`)
  }
  out.push(3, '</originalData>')
}

function content(text: UnitText, ids: Map<CodeNode, string>): string {
  return text
    .map((item) => {
      if (typeof item === 'string') return textWithCodePoints(item)
      const id = ids.get(item)
      if (item.code === 'br')
        return `<ph${attrs([
          ['id', id],
          ['type', 'fmt'],
          ['subType', lineBreakSubType20],
        ])}/>`
      const link = item.code === 'link'
      const open = attrs(
        link
          ? [
              ['id', id],
              ['type', 'link'],
              ['dataRefStart', item.href === undefined ? undefined : `d${id}`],
              ['dataRefEnd', item.href === undefined ? undefined : `d${id}-end`],
            ]
          : [
              ['id', id],
              ['type', 'fmt'],
              ['subType', subType20[item.code as keyof typeof subType20]],
            ],
      )
      return `<pc${open}>${content(item.children, ids)}</pc>`
    })
    .join('')
}

/** 2.0 carries characters XML forbids (U+000B from Word, …) as `<cp hex="…"/>`. */
function textWithCodePoints(text: string): string {
  return splitForbidden(text)
    .map((part, index) =>
      index % 2 === 0
        ? escapeText(part)
        : `<cp hex="${(part.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}"/>`,
    )
    .join('')
}
