import { bcp47, type Locale } from '@/i18n/locales'

/**
 * Search terms for Chinese, German and English text.
 *
 * Chinese has no spaces: `Intl.Segmenter` (ICU's dictionary) splits 太仓德国中心 into 太仓|德国|中心.
 * Words the dictionary does not know come out as single characters (双元制 → 双|元|制); a run of
 * those is kept together as one term, so 双元制 is searched as 双元制 and not as three common
 * characters. Han terms match as substrings of the text, which makes the result independent of how
 * the dictionary happened to split the text around them.
 *
 * German and English words are folded (ä → a, ß → ss) and lightly stemmed, then also match inside
 * longer words: German compounds put the word searched for at the end (Zentrum → Innovationszentrum).
 */
export type Term = { text: string; han: boolean }

const han = /\p{Script=Han}/u
const segmenters = new Map<Locale, Intl.Segmenter>()

function segmenter(locale: Locale): Intl.Segmenter {
  let found = segmenters.get(locale)
  if (!found) {
    found = new Intl.Segmenter(bcp47[locale], { granularity: 'word' })
    segmenters.set(locale, found)
  }
  return found
}

/** Case, width and accent folding shared by the index and the query. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
}

// Longest first; a stem keeps at least four letters so short words are left alone.
const suffixes: Record<Exclude<Locale, 'zh'>, string[]> = {
  de: ['ern', 'em', 'er', 'en', 'es', 'e', 's', 'n'],
  en: ['ies', 'es', 's'],
}

/** A light stemmer: enough to let Unternehmens find Unternehmen, centres find centre. */
export function stem(word: string, locale: Locale): string {
  const rules = locale === 'zh' ? suffixes.en : suffixes[locale]
  for (const suffix of rules) {
    if (!word.endsWith(suffix)) continue
    const base = word.slice(0, -suffix.length)
    const stemmed = suffix === 'ies' ? `${base}y` : base
    if (stemmed.length >= 4) return stemmed
  }
  return word
}

/** The search terms of a text, in order. */
export function terms(text: string, locale: Locale): Term[] {
  const result: Term[] = []
  let hanRun = ''
  const flush = () => {
    if (hanRun) result.push({ text: hanRun, han: true })
    hanRun = ''
  }
  for (const { segment, isWordLike } of segmenter(locale).segment(fold(text))) {
    if (!isWordLike) {
      flush()
      continue
    }
    if (han.test(segment)) {
      // Single characters in a row are an unknown word: keep them together.
      if (segment.length === 1) {
        hanRun += segment
        continue
      }
      flush()
      result.push({ text: segment, han: true })
      continue
    }
    flush()
    result.push({ text: stem(segment, locale), han: false })
  }
  flush()
  return result
}
