import { match } from '@formatjs/intl-localematcher'

import { bcp47, defaultLocale, isLocale, locales, type Locale } from '@/i18n/locales'

/** The cookie that remembers the last language a reader chose. */
export const localeCookie = 'NEXT_LOCALE'

/** The query parameter the language switcher adds, so the proxy can remember the choice. */
export const languageChoiceParam = 'lang'

/** Language ranges from an Accept-Language header, most preferred first (q=0 and `*` dropped). */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return []
  return header
    .split(',')
    .map((entry, index) => {
      const [range = '', ...params] = entry.trim().split(';')
      const q = params.map((param) => param.trim().match(/^q=([\d.]+)$/)).find(Boolean)
      return { range: range.trim(), q: q ? Number(q[1]) : 1, index }
    })
    .filter(({ range, q }) => range !== '' && range !== '*' && q > 0 && isWellFormed(range))
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ range }) => range)
}

function isWellFormed(tag: string): boolean {
  try {
    Intl.getCanonicalLocales(tag)
    return true
  } catch {
    return false
  }
}

/**
 * The site locale for a reader: the one they chose before (cookie), else the best match for their
 * browser's languages (CLDR matching: `de-AT` → de, `zh-TW` → zh), else Chinese.
 */
export function negotiateLocale(
  acceptLanguage: string | null | undefined,
  remembered?: string | null,
): Locale {
  if (isLocale(remembered)) return remembered
  const requested = parseAcceptLanguage(acceptLanguage)
  if (requested.length === 0) return defaultLocale
  const tags = locales.map((locale) => bcp47[locale])
  const best = match(requested, tags, bcp47[defaultLocale], { algorithm: 'best fit' })
  return locales.find((locale) => bcp47[locale] === best) ?? defaultLocale
}
