import type { LocalizationConfig } from 'payload'

import { defaultLocale, endonyms, fallbackChains, locales } from './locales'

/** Payload's view of the locale list: same codes, same fallback chains as the site. */
export const payloadLocalization: LocalizationConfig = {
  locales: locales.map((code) => ({
    code,
    label: endonyms[code],
    ...(fallbackChains[code].length > 0 ? { fallbackLocale: [...fallbackChains[code]] } : {}),
  })),
  defaultLocale,
  fallback: true,
}
