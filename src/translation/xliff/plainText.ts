import { describeCode } from './inline'
import { type Inline, type UnitText, XliffError } from './types'

/**
 * A text or textarea value as a unit. Line breaks become `br` codes: CAT tools show a tag the
 * translator keeps in place, where a raw newline would be taken for layout and lost.
 */
export function textToUnit(text: string): UnitText {
  const out: Inline[] = []
  for (const [index, line] of text.split(/\r\n|\r|\n/).entries()) {
    if (index > 0) out.push({ code: 'br' })
    if (line !== '') out.push(line)
  }
  return out
}

/** The text for a plain-text field; formatting has nowhere to go, so it is refused, not dropped. */
export function unitToText(unit: UnitText, unitId?: string): string {
  return unit
    .map((item) => {
      if (typeof item === 'string') return item
      if (item.code === 'br') return '\n'
      throw new XliffError(
        `this field is plain text, so the translation cannot contain ${describeCode(item)}. Remove the tag in the CAT tool and export again.`,
        unitId,
      )
    })
    .join('')
}
