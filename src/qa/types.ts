import type { Locale } from '@/i18n/locales'

/**
 * An error blocks publishing the locale (no override, not even for editors: a wrong number or a
 * dropped link on the public site is never intended, and fixing the text is quicker than a second
 * opinion). A warning is shown and publishing goes ahead: it flags what a person must judge
 * (an inflected glossary term, a half-width comma the source itself uses).
 */
export type QaSeverity = 'error' | 'warning'

export const qaCodes = [
  'numberMissing',
  'smallNumberMissing',
  'numberExtra',
  'dateMissing',
  'urlMissing',
  'urlExtra',
  'emailMissing',
  'codeMissing',
  'codeExtra',
  'glossaryMissing',
  'forbiddenTerm',
  'copyOfSource',
  'untranslatedChinese',
  'tooLong',
  'halfWidthPunctuation',
  'fullWidthPunctuation',
] as const

export type QaCode = (typeof qaCodes)[number]

/** One problem in one text: what, where (field path as the status names it) and in which locale. */
export type QaFinding = {
  severity: QaSeverity
  code: QaCode
  path: string
  locale: Locale
  /** The value the message names (the number, URL, term, …). */
  detail: string
}

/**
 * A text as QA reads it: its plain text, the inline codes a translator must carry over unchanged
 * (code spans, placeholders) and the link targets (rich-text links keep theirs outside the text).
 */
export type QaText = { text: string; codes: string[]; urls: string[] }

/** A glossary entry as QA needs it: the Chinese term, its agreed and its forbidden renderings. */
export type QaGlossaryTerm = {
  term: string
  renderings: Partial<Record<Locale, string>>
  forbidden: Partial<Record<Locale, string[]>>
}
