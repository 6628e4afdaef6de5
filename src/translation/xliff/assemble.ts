import type { TranslationUnit, UnitState, UnitText } from './types'
import { XliffError } from './types'
import { textContent, type XmlElement } from './xmlTree'

type Parts = Omit<TranslationUnit, 'state' | 'notes' | 'maxLength'> & {
  state: UnitState | undefined
  notes: string[]
  maxLength: string | undefined
}

/** A unit with optional fields left out rather than undefined, so it compares equal to its export. */
export function assembleUnit(parts: Parts): TranslationUnit {
  const { state, notes, maxLength, target, ...unit } = parts
  const result: TranslationUnit = { ...unit, target: isEmpty(target) ? null : target }
  if (state !== undefined) result.state = state
  if (notes.length > 0) result.notes = notes
  if (maxLength !== undefined && /^\d+$/.test(maxLength.trim()))
    result.maxLength = Number(maxLength)
  return result
}

/** A target with nothing in it is an untranslated unit, not a translation to "". */
function isEmpty(target: UnitText | null): boolean {
  return target === null || target.length === 0
}

export function checkUniqueIds(units: TranslationUnit[]): void {
  const seen = new Set<string>()
  for (const unit of units) {
    if (seen.has(unit.id)) {
      throw new XliffError(
        'two units in the file have this id, so the CMS cannot tell which translation is meant. Check that the file was not merged from two exports.',
        unit.id,
      )
    }
    seen.add(unit.id)
  }
}

export function requireLanguage(
  value: string | undefined,
  which: 'source' | 'target',
  where: string,
): string {
  if (value && value.trim() !== '') return value.trim()
  throw new XliffError(
    `The file has no ${which} language (${where}). Set the ${which} language of the project in the CAT tool and export again.`,
  )
}

/** Notes are prose for people: outside `xml:space="preserve"` line wrapping is layout, and so are the ends. */
export function noteText(note: XmlElement): string | null {
  const text = textContent(note)
  const trimmed = (note.preserve ? text : text.replace(/[ \t\n\r]+/g, ' ')).trim()
  return trimmed === '' ? null : trimmed
}
