/**
 * A German or English text with Chinese left in it. Chinese names take two to four characters and
 * a translation may add one in brackets (Taicang (太仓)); a run of five or more is text that was
 * not translated.
 */
export const untranslatedRunLength = 5

const hanRun = new RegExp(`\\p{Script=Han}{${untranslatedRunLength},}`, 'gu')
const han = /\p{Script=Han}/u

export function hasHan(text: string): boolean {
  return han.test(text)
}

// A quotation: „…“, “…”, "…", ‚…‘, 「…」, 『…』.
const quoted = /[„“"‚‘「『][^„“”"‚‘’「」『』]*[“”"‘’」』]/g

/**
 * Runs of Chinese outside quotation marks: a translation may cite a Chinese term („德企之乡“), as
 * the glossary's notes do; what stands unquoted was left untranslated.
 */
export function untranslatedRuns(text: string): string[] {
  return text.replace(quoted, (quote) => ' '.repeat(quote.length)).match(hanRun) ?? []
}

/**
 * Half-width punctuation between Chinese characters, where Chinese typesetting wants the
 * full-width form. A warning, not an error: the article the site quotes writes "太仓,太仓" itself,
 * and a quotation stays as written.
 */
const halfWidth =
  /(?<=\p{Script=Han}[\u201d\u2019]?)\s*([,;:?!()])\s*(?=[\u201c\u2018]?\p{Script=Han})/gu

export const fullWidthOf: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
}

export function halfWidthBetweenHan(text: string): string[] {
  return [...text.matchAll(halfWidth)].map((match) => match[1]!)
}

/** Full-width punctuation in a German or English text: left over from the Chinese. */
export function fullWidthInLatin(text: string): string[] {
  return text.match(/[，。；：？！（）【】、]/g) ?? []
}
