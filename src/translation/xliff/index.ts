export { targetCodesFit } from './inline'
export { applyUnitsToRichText, richTextToUnits, type RichTextUnit } from './richText'
export { textToUnit, unitToText } from './plainText'
export { parseXliff, type ParseOptions } from './parse'
export {
  type GlossaryEntry,
  type Inline,
  type PairedCode,
  type TranslationUnit,
  type UnitState,
  type UnitText,
  type XliffDocument,
  XliffError,
  type XliffVersion,
} from './types'
export { writeXliff } from './write'
