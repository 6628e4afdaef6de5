import { sourceLocale, type Locale } from '@/i18n/locales'

import {
  fullWidthInLatin,
  fullWidthOf,
  halfWidthBetweenHan,
  hasHan,
  untranslatedRuns,
} from './chinese'
import { dateNamed, sourceDates } from './dates'
import { emailsIn, urlsIn } from './links'
import {
  acceptedValues,
  chineseNumerals,
  numberWordValues,
  smallNumberLimit,
  sourceNumbers,
  targetValues,
} from './numbers'
import type { QaCode, QaFinding, QaGlossaryTerm, QaSeverity, QaText } from './types'

/** What severity each code has: the one table the gate, the admin and the docs read. */
export const severityOf: Record<QaCode, QaSeverity> = {
  numberMissing: 'error',
  smallNumberMissing: 'warning',
  numberExtra: 'warning',
  dateMissing: 'error',
  urlMissing: 'error',
  urlExtra: 'warning',
  emailMissing: 'error',
  codeMissing: 'error',
  codeExtra: 'error',
  glossaryMissing: 'warning',
  forbiddenTerm: 'error',
  copyOfSource: 'error',
  untranslatedChinese: 'error',
  tooLong: 'error',
  halfWidthPunctuation: 'warning',
  fullWidthPunctuation: 'warning',
}

export type TextToCheck = {
  path: string
  locale: Locale
  /** The Chinese source; for the source locale itself, the same text as `target`. */
  source: QaText
  target: QaText
  maxLength?: number
  glossary?: readonly QaGlossaryTerm[]
}

function counts(values: readonly string[]): Map<string, number> {
  const map = new Map<string, number>()
  for (const value of values) map.set(value, (map.get(value) ?? 0) + 1)
  return map
}

/** What `a` has more often than `b`, each surplus once per occurrence. */
function surplus(a: readonly string[], b: readonly string[]): string[] {
  const inB = counts(b)
  const out: string[] = []
  for (const [value, count] of counts(a))
    for (let i = inB.get(value) ?? 0; i < count; i++) out.push(value)
  return out
}

const includesFolded = (text: string, term: string) =>
  text.toLocaleLowerCase().includes(term.toLocaleLowerCase())

/**
 * Every finding for one text in one locale. An empty translation has none: a missing text is
 * the status's business ("missing"), not QA's. The source locale is checked for its punctuation
 * only; every other locale against the source.
 */
export function checkText({
  path,
  locale,
  source,
  target,
  maxLength,
  glossary = [],
}: TextToCheck): QaFinding[] {
  const findings: QaFinding[] = []
  const add = (code: QaCode, detail: string) =>
    findings.push({ severity: severityOf[code], code, path, locale, detail })
  const text = target.text
  if (text.trim() === '') return findings

  if (maxLength !== undefined && [...text].length > maxLength)
    add('tooLong', `${[...text].length}/${maxLength}`)

  if (locale === sourceLocale) {
    for (const mark of halfWidthBetweenHan(text))
      add('halfWidthPunctuation', `${mark} → ${fullWidthOf[mark]}`)
    return findings
  }
  if (source.text.trim() === '') return findings

  if (hasHan(source.text) && text.trim() === source.text.trim())
    add('copyOfSource', text.trim().slice(0, 40))
  else for (const run of untranslatedRuns(text)) add('untranslatedChinese', run)
  for (const mark of new Set(fullWidthInLatin(text))) add('fullWidthPunctuation', mark)

  const values = targetValues(text, locale)
  const { dates, rest } = sourceDates(source.text)
  for (const date of dates) if (!dateNamed(date, text, values)) add('dateMissing', date.text)
  const numbers = sourceNumbers(rest)
  const words = new Set(numberWordValues(text))
  for (const number of numbers) {
    if (acceptedValues(number).some((value) => values.has(value) || words.has(value))) continue
    const small =
      !number.scaled && Number.isInteger(number.value) && number.value <= smallNumberLimit
    add(small ? 'smallNumberMissing' : 'numberMissing', number.text)
  }

  // Figures the translation adds: only those that match no figure, date part or Chinese numeral of the source.
  const known = new Set<number>([
    ...numbers.flatMap(acceptedValues),
    ...dates.flatMap((date) => [date.year, date.month, date.day].filter((v) => v !== undefined)),
    ...chineseNumerals(source.text),
  ])
  for (const [raw] of text.matchAll(/\d+(?:[.,'\u00a0\u202f\u2009 ]\d+)*/g)) {
    const candidates = targetValues(raw, locale)
    if (![...candidates].some((value) => known.has(value))) add('numberExtra', raw)
  }

  const sourceUrls = urlsIn(source.text, source.urls)
  const targetUrls = urlsIn(text, target.urls)
  for (const url of new Set(sourceUrls)) if (!targetUrls.includes(url)) add('urlMissing', url)
  for (const url of new Set(targetUrls)) if (!sourceUrls.includes(url)) add('urlExtra', url)
  const targetEmails = emailsIn(text)
  for (const email of new Set(emailsIn(source.text)))
    if (!targetEmails.includes(email)) add('emailMissing', email)

  for (const code of surplus(source.codes, target.codes)) add('codeMissing', code)
  for (const code of surplus(target.codes, source.codes)) add('codeExtra', code)

  for (const entry of glossary) {
    if (!entry.term || !source.text.includes(entry.term)) continue
    const rendering = entry.renderings[locale]
    if (rendering && !includesFolded(text, rendering))
      add('glossaryMissing', `${entry.term} → ${rendering}`)
    for (const forbidden of entry.forbidden[locale] ?? [])
      if (forbidden && includesFolded(text, forbidden))
        add('forbiddenTerm', `${entry.term} ↛ ${forbidden}`)
  }
  return findings
}

/** Whether findings block publishing: any error does. */
export function qaBlocks(findings: readonly QaFinding[]): boolean {
  return findings.some((finding) => finding.severity === 'error')
}
