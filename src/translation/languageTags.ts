import { bcp47, locales, type Locale } from '@/i18n/locales'

/**
 * The CMS locale a CAT tool's language tag means. Tools rewrite tags (de-DE, de_DE, DE, zh-CN,
 * zh-Hans), so match on the primary language subtag.
 */
export function localeFromTag(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0]
  return (
    locales.find(
      (locale) => locale === primary || bcp47[locale].toLowerCase().split('-')[0] === primary,
    ) ?? null
  )
}
