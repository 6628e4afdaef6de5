import { assembleUnit, checkUniqueIds, noteText, requireLanguage } from './assemble'
import { events20 } from './inline20'
import { cmsCategory, glsNamespace, mdaNamespace, slrNamespace } from './namespaces'
import { type CodeRegistry, eventsToText, type InlineEvent } from './readInline'
import { fromNmtoken } from './record'
import { leastFinished, stateFrom20 } from './states'
import type { GlossaryEntry, TranslationUnit, UnitText, XliffDocument } from './types'
import { XliffError } from './types'
import { childElements, firstChild, textContent, type XmlElement } from './xmlTree'

type Context = {
  ns: string | null
  units: TranslationUnit[]
  glossary: Record<string, GlossaryEntry[]>
}

/**
 * Reads XLIFF 2.0: units split into several `<segment>`s and `<ignorable>`s (joined in order,
 * honouring a target's `order`), codes as `<pc>` or as `<sc>/<ec>` split across segments, link
 * URLs in `<originalData>`, and the Metadata and Glossary modules we write.
 */
export function read20(root: XmlElement): XliffDocument {
  const sourceLanguage = requireLanguage(root.attrs.get('srcLang'), 'source', 'srcLang on <xliff>')
  const targetLanguage = requireLanguage(root.attrs.get('trgLang'), 'target', 'trgLang on <xliff>')
  const files = childElements(root, root.ns, 'file')
  const first = files[0]
  if (!first)
    throw new XliffError('The file contains no <file> element, so there is nothing to import.')
  const context: Context = { ns: root.ns, units: [], glossary: {} }
  for (const file of files) collect(file, context)
  checkUniqueIds(context.units)
  const doc: XliffDocument = {
    version: '2.0',
    sourceLanguage,
    targetLanguage,
    units: context.units,
  }
  const original = first.attrs.get('original')
  if (original !== undefined) doc.original = original
  if (Object.keys(context.glossary).length > 0) doc.glossary = context.glossary
  return doc
}

function collect(parent: XmlElement, context: Context): void {
  for (const child of childElements(parent, context.ns)) {
    if (child.name === 'unit') context.units.push(readUnit(child, context))
    else if (child.name === 'group') collect(child, context)
  }
}

function readUnit(unit: XmlElement, context: Context): TranslationUnit {
  const { ns } = context
  const rawId = unit.attrs.get('id')
  if (!rawId) throw new XliffError('A <unit> has no id, so it cannot be matched to the CMS.')
  const id = fromNmtoken(rawId)
  const originalData = new Map(
    children(unit, ns, 'originalData', 'data').map((data) => [
      data.attrs.get('id') ?? '',
      textContent(data),
    ]),
  )
  const parts = childElements(unit, ns).filter(
    (child) => child.name === 'segment' || child.name === 'ignorable',
  )
  if (parts.length === 0) throw new XliffError('it has no <segment>.', id)
  const registry: CodeRegistry = new Map()
  const reader = { ns, unitId: id, originalData }
  const sourceEvents: InlineEvent[] = []
  const targets: { order: number; events: InlineEvent[] }[] = []
  let untranslated = false
  for (const [index, part] of parts.entries()) {
    const source = firstChild(part, ns, 'source')
    if (!source) throw new XliffError(`its ${part.name} ${index + 1} has no <source>.`, id)
    sourceEvents.push(...events20(source, reader, true))
    const target = firstChild(part, ns, 'target')
    // an ignorable (whitespace between segments) without a target stands for itself
    if (!target && part.name === 'segment') untranslated = true
    const order = Number(target?.attrs.get('order'))
    targets.push({
      order: Number.isInteger(order) ? order : index + 1,
      events: events20(target ?? source, reader, false),
    })
  }
  const source = eventsToText(sourceEvents, { unitId: id, registry, isSource: true })
  const targetEvents = targets.sort((a, b) => a.order - b.order).flatMap((entry) => entry.events)
  // a half-translated unit is not a translation: importing it would publish source text
  const target: UnitText | null = untranslated
    ? null
    : eventsToText(targetEvents, { unitId: id, registry, isSource: false })
  const glossary = readGlossary(unit)
  if (glossary.length > 0) context.glossary[id] = glossary
  const segments = parts.filter((part) => part.name === 'segment')
  const partly = untranslated && segments.some((part) => firstChild(part, ns, 'target'))
  return assembleUnit({
    id,
    ...readMetadata(unit),
    fieldPath: unit.attrs.get('name') ?? '',
    source,
    target,
    // partly translated is untranslated, whatever the translated segments' states say
    state: partly
      ? 'new'
      : leastFinished(
          segments.map((part) => stateFrom20(part.attrs.get('state'), part.attrs.get('subState'))),
        ),
    notes: children(unit, ns, 'notes', 'note')
      .map(noteText)
      .filter((note): note is string => note !== null),
    maxLength: unit.attrs.get(`{${slrNamespace}}sizeRestriction`),
  })
}

/** The `<child>`s of a unit's optional `<wrapper>` (`<notes>`, `<originalData>`). */
function children(
  unit: XmlElement,
  ns: string | null,
  wrapper: string,
  child: string,
): XmlElement[] {
  const element = firstChild(unit, ns, wrapper)
  return element ? childElements(element, ns, child) : []
}

function readMetadata(
  unit: XmlElement,
): Pick<TranslationUnit, 'collection' | 'docId' | 'sourceFingerprint'> {
  const meta = new Map<string, string>()
  const walk = (group: XmlElement) => {
    for (const child of childElements(group, mdaNamespace)) {
      if (child.name === 'metaGroup' && child.attrs.get('category') === cmsCategory) {
        for (const item of childElements(child, mdaNamespace, 'meta'))
          meta.set(item.attrs.get('type') ?? '', textContent(item))
      }
      if (child.name === 'metaGroup') walk(child)
    }
  }
  for (const metadata of childElements(unit, mdaNamespace, 'metadata')) walk(metadata)
  return {
    collection: meta.get('collection') ?? '',
    docId: meta.get('docId') ?? '',
    sourceFingerprint: meta.get('fingerprint') ?? '',
  }
}

function readGlossary(unit: XmlElement): GlossaryEntry[] {
  return childElements(unit, glsNamespace, 'glossary').flatMap((glossary) =>
    childElements(glossary, glsNamespace, 'glossEntry').map((entry) => {
      const text = (name: string) => {
        const element = firstChild(entry, glsNamespace, name)
        return element ? textContent(element) : undefined
      }
      const result: GlossaryEntry = {
        term: text('term') ?? '',
        translation: text('translation') ?? '',
      }
      const definition = text('definition')
      if (definition !== undefined) result.definition = definition
      return result
    }),
  )
}
