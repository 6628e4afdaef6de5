import type { LocalizationConfig } from 'payload'

import { visibleLocaleCodes } from '@/access/visibleLocales'
import { defaultLocale, endonyms, fallbackChains, locales } from '@/i18n/locales'

/** Payload's view of the locale list: same codes, same fallback chains as the site. */
export const payloadLocalization: LocalizationConfig = {
  locales: locales.map((code) => ({
    code,
    label: endonyms[code],
    ...(fallbackChains[code].length > 0 ? { fallbackLocale: [...fallbackChains[code]] } : {}),
  })),
  defaultLocale,
  fallback: true,
  // The admin's Publish button publishes the language on screen; see src/translation/publishing.ts.
  defaultLocalePublishOption: 'active',
  filterAvailableLocales: ({ locales: available, req }) => {
    const visible = new Set(
      visibleLocaleCodes(
        req.user,
        available.map((locale) => locale.code),
      ),
    )
    return available.filter((locale) => visible.has(locale.code))
  },
}
