import { ClientError } from '@/http/clientError'

export type XliffVersion = '1.2' | '2.0'

/** Paired codes: formatting and links that wrap text. */
export type PairedCode =
  'bold' | 'italic' | 'underline' | 'strikethrough' | 'code' | 'link' | 'sub' | 'sup'

/** Inline content: text runs and paired/standalone codes that CAT tools must carry over untouched. */
export type Inline =
  string | { code: PairedCode; href?: string; children: Inline[] } | { code: 'br' }

export type UnitText = Inline[]

export type UnitState = 'new' | 'translated' | 'needs-review' | 'final'

export type TranslationUnit = {
  /** Opaque, e.g. 'events/12/title' or 'events/12/body#3'; stable across the round trip. */
  id: string
  collection: string
  docId: string
  fieldPath: string
  /** Hex hash of the source value the unit was exported from. */
  sourceFingerprint: string
  source: UnitText
  target: UnitText | null
  /** Absent when the file does not say; a CAT tool that omits the state is not claiming "new". */
  state?: UnitState
  /** E.g. glossary hints, "outdated" explanations. */
  notes?: string[]
  maxLength?: number
}

export type GlossaryEntry = { term: string; translation: string; definition?: string }

export type XliffDocument = {
  version: XliffVersion
  sourceLanguage: string
  targetLanguage: string
  original?: string
  units: TranslationUnit[]
  /** Keyed by unit id. */
  glossary?: Record<string, GlossaryEntry[]>
}

/**
 * A file or a translation the CMS cannot take. The message is written for the translator who
 * uploaded the file: it names the unit and says what to fix in the CAT tool.
 */
export class XliffError extends ClientError {
  readonly unitId: string | undefined

  constructor(message: string, unitId?: string) {
    super(400, unitId === undefined ? message : `Unit "${unitId}": ${message}`)
    this.name = 'XliffError'
    this.unitId = unitId
  }
}
