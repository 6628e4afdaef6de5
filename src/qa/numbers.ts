import type { Locale } from '@/i18n/locales'

/**
 * Numbers as people write them. The source is Chinese: `1,000` groups thousands, `.` is the
 * decimal point, and 万 (10⁴) and 亿 (10⁸) scale the number before them. A translation may write
 * the same value as `1,000`, `1.000`, `1 000` (any space, also the narrow no-break space) or
 * `1'000`, and a scaled value in thousands, millions or billions (`1.2万` → `12,000` or
 * `12 thousand`, `5亿` → `500 million`, `1.2万亿` → `1.2 trillion`): any of these matches. What carries no figure is not
 * compared: `数十项` (dozens), `近十年` (nearly ten years) and other numbers in Chinese
 * characters; `450余家` (more than 450) keeps its 450, which the translation must name.
 */
const token = /\d+(?:[.,'\u00a0\u202f\u2009 ]\d+)*/g
const spaces = /[\u00a0\u202f\u2009 ]/

// Longest first: 万亿 (10¹²) before 万.
const scales: [string, number][] = [
  ['万亿', 1e12],
  ['千万', 1e7],
  ['百万', 1e6],
  ['亿', 1e8],
  ['万', 1e4],
]
/** How a scaled value may be named in a translation: itself, or in thousands, millions, billions. */
const namedScales = [1, 1e3, 1e6, 1e9, 1e12]

function roundish(value: number): number {
  return Math.round(value * 1e6) / 1e6
}

/** One separator-free run of digits, grouped or with a decimal mark, as the values it may mean. */
function valuesOfPart(part: string, decimal: '.' | ','): number[] {
  const group = decimal === '.' ? ',' : '.'
  const pieces = part.split(/[.,']/)
  const marks = part.match(/[.,']/g) ?? []
  if (marks.length === 0) return [Number(part)]
  const grouped =
    pieces[0]!.length <= 3 &&
    pieces.slice(1).every((piece) => piece.length === 3) &&
    marks.every((mark) => mark === group || mark === "'")
  if (grouped) return [Number(pieces.join(''))]
  const lastMark = part.lastIndexOf(decimal)
  if (marks.filter((mark) => mark === decimal).length === 1 && lastMark > 0) {
    const whole = part.slice(0, lastMark).split(/[.,']/)
    if (
      whole.length === 1 ||
      (whole[0]!.length <= 3 && whole.slice(1).every((p) => p.length === 3))
    )
      return [Number(`${whole.join('')}.${part.slice(lastMark + 1)}`)]
  }
  // A list or a date (12.05.2023): each run of digits on its own.
  return pieces.map(Number)
}

/** A token's parts: spaces group thousands only before groups of exactly three digits. */
function partsOf(raw: string): string[] {
  const pieces = raw.split(spaces)
  if (pieces.length === 1) return pieces
  const grouped =
    /^\d{1,3}$/.test(pieces[0]!) && pieces.slice(1).every((p) => /^\d{3}(?:[.,]\d+)?$/.test(p))
  return grouped ? [pieces.join('')] : pieces
}

export type SourceNumber = { text: string; value: number; scaled: boolean }

/** The figures of a Chinese text (dates taken out beforehand), each with the value it means. */
export function sourceNumbers(text: string): SourceNumber[] {
  const found: SourceNumber[] = []
  for (const match of text.matchAll(token)) {
    const following = text.slice((match.index ?? 0) + match[0].length).trimStart()
    const [after, scale] = scales.find(([word]) => following.startsWith(word)) ?? ['', 1]
    const parts = partsOf(match[0])
    for (const [index, part] of parts.entries()) {
      for (const value of valuesOfPart(part, '.')) {
        const isLast = index === parts.length - 1
        found.push({
          text: isLast && scale !== 1 ? `${part}${after}` : part,
          value: roundish(isLast ? value * scale : value),
          scaled: isLast && scale !== 1,
        })
      }
    }
  }
  return found
}

/**
 * Every value a translation's figures may mean, read with the locale's own decimal mark and, to
 * be lenient with mixed conventions, the other one too; each bare run of digits counts as well.
 */
export function targetValues(text: string, locale: Locale): Set<number> {
  const values = new Set<number>()
  const decimals: ('.' | ',')[] = locale === 'de' ? [',', '.'] : ['.', ',']
  for (const match of text.matchAll(token)) {
    for (const part of partsOf(match[0])) {
      for (const decimal of decimals)
        for (const value of valuesOfPart(part, decimal)) values.add(roundish(value))
    }
    for (const digits of match[0].match(/\d+/g) ?? []) values.add(Number(digits))
  }
  return values
}

/** The values a source figure may be written as in a translation. */
export function acceptedValues(number: SourceNumber): number[] {
  return number.scaled ? namedScales.map((scale) => roundish(number.value / scale)) : [number.value]
}

const chineseDigits: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const chineseUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/**
 * Numbers written in Chinese characters (十年, 二十三家, 五十周年): not required in a translation
 * (`十年` may become "a decade"), but a translation that writes them as figures adds no number.
 */
export function chineseNumerals(text: string): number[] {
  const values: number[] = []
  for (const [run] of text.matchAll(/[零〇一二两三四五六七八九十百千]+/g)) {
    let total = 0
    let digit: number | null = null
    for (const char of run) {
      if (char in chineseDigits) digit = chineseDigits[char]!
      else {
        total += (digit ?? 1) * chineseUnits[char]!
        digit = null
      }
    }
    values.push(total + (digit ?? 0))
  }
  return values
}

/**
 * Small counts are often written as words ("4 departments" → "vier Behörden") or rephrased ("the
 * department and three others"): a translation's number words up to twelve count as figures, and
 * a missing figure up to twelve is only a warning (smallNumberMissing).
 */
export const smallNumberLimit = 12

const numberWords: Record<string, number> = {
  null: 0,
  zero: 0,
  eins: 1,
  ein: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  einer: 1,
  one: 1,
  zwei: 2,
  two: 2,
  drei: 3,
  three: 3,
  vier: 4,
  four: 4,
  fünf: 5,
  five: 5,
  sechs: 6,
  six: 6,
  sieben: 7,
  seven: 7,
  acht: 8,
  eight: 8,
  neun: 9,
  nine: 9,
  zehn: 10,
  ten: 10,
  elf: 11,
  eleven: 11,
  zwölf: 12,
  twelve: 12,
}

export function numberWordValues(text: string): number[] {
  return (text.toLocaleLowerCase().match(/\p{L}+/gu) ?? []).flatMap((word) =>
    word in numberWords ? [numberWords[word]!] : [],
  )
}
