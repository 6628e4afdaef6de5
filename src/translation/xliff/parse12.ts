import { assembleUnit, checkUniqueIds, noteText, requireLanguage } from './assemble'
import { events12 } from './inline12'
import { type CodeRegistry, eventsToText } from './readInline'
import { readExtradata } from './record'
import { stateFrom12 } from './states'
import { type TranslationUnit, type XliffDocument, XliffError } from './types'
import { childElements, firstChild, type XmlElement } from './xmlTree'

/**
 * Reads XLIFF 1.2 as Trados, memoQ, Phrase and OmegaT write it: units inside groups, targets
 * segmented with `<mrk mtype="seg">`, `<seg-source>` and `<alt-trans>` (ignored: the source and
 * the final target are what count), tags as `<g>`, `<bx>/<ex>` or `<bpt>/<ept>`.
 */
export function read12(root: XmlElement): XliffDocument {
  const ns = root.ns
  const files = childElements(root, ns, 'file')
  const first = files[0]
  if (!first)
    throw new XliffError('The file contains no <file> element, so there is nothing to import.')
  const sourceLanguage = requireLanguage(
    first.attrs.get('source-language'),
    'source',
    'source-language on <file>',
  )
  const targetLanguage = requireLanguage(
    first.attrs.get('target-language'),
    'target',
    'target-language on <file>',
  )
  const units: TranslationUnit[] = []
  for (const file of files) {
    if (file.attrs.get('target-language')?.trim() !== targetLanguage) {
      throw new XliffError(
        'The <file> elements in this file have different target languages. Export one language per file.',
      )
    }
    const body = firstChild(file, ns, 'body')
    if (body) collect(body, ns, units)
  }
  checkUniqueIds(units)
  const doc: XliffDocument = { version: '1.2', sourceLanguage, targetLanguage, units }
  const original = first.attrs.get('original')
  if (original !== undefined) doc.original = original
  return doc
}

function collect(parent: XmlElement, ns: string | null, units: TranslationUnit[]): void {
  for (const child of childElements(parent, ns)) {
    if (child.name === 'trans-unit') units.push(readUnit(child, ns))
    else if (child.name === 'group') collect(child, ns, units)
  }
}

function readUnit(unit: XmlElement, ns: string | null): TranslationUnit {
  const id = unit.attrs.get('id')
  if (!id) throw new XliffError('A <trans-unit> has no id, so it cannot be matched to the CMS.')
  const sourceElement = firstChild(unit, ns, 'source')
  if (!sourceElement) throw new XliffError('it has no <source>.', id)
  const targetElement = firstChild(unit, ns, 'target')
  const registry: CodeRegistry = new Map()
  const source = eventsToText(events12(sourceElement, ns, id, true), {
    unitId: id,
    registry,
    isSource: true,
  })
  const target = targetElement
    ? eventsToText(events12(targetElement, ns, id, false), {
        unitId: id,
        registry,
        isSource: false,
      })
    : null
  const notes = childElements(unit, ns, 'note')
    // our own glossary hints: information for the translator, not data to import
    .filter((note) => note.attrs.get('from') !== 'glossary')
    .map(noteText)
    .filter((note): note is string => note !== null)
  const sizeInChars = unit.attrs.get('size-unit') === 'char'
  return assembleUnit({
    id,
    ...readExtradata(unit.attrs.get('extradata')),
    fieldPath: unit.attrs.get('resname') ?? '',
    source,
    target,
    state: stateFrom12(targetElement?.attrs.get('state'), unit.attrs.get('approved')),
    notes,
    maxLength: sizeInChars ? unit.attrs.get('maxwidth') : undefined,
  })
}
