import { isPairedCode, walkCodes } from './inline'
import { type XliffDocument, XliffError } from './types'
import { write12 } from './write12'
import { write20 } from './write20'

/**
 * Serialises a document as XLIFF 1.2 or 2.0. The output is deterministic (same document, same
 * bytes): code ids are numbered from the source, attributes come in a fixed order.
 */
export function writeXliff(doc: XliffDocument): string {
  check(doc)
  return doc.version === '1.2' ? write12(doc) : write20(doc)
}

function check(doc: XliffDocument): void {
  if (doc.version !== '1.2' && doc.version !== '2.0') {
    throw new XliffError(`XLIFF ${String(doc.version)} cannot be written; use 1.2 or 2.0.`)
  }
  if (!doc.sourceLanguage || !doc.targetLanguage) {
    throw new XliffError('An XLIFF file needs both a source and a target language.')
  }
  const seen = new Set<string>()
  for (const unit of doc.units) {
    if (!unit.id) throw new XliffError('A unit has an empty id.')
    if (seen.has(unit.id)) throw new XliffError('the id is used by two units.', unit.id)
    seen.add(unit.id)
    for (const node of [...walkCodes(unit.source), ...walkCodes(unit.target ?? [])]) {
      if (node.code !== 'br' && !isPairedCode(node.code)) {
        throw new XliffError(`the code "${String(node.code)}" is unknown.`, unit.id)
      }
    }
  }
}
