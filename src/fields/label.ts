import type { Locale } from '@/i18n/locales'

/**
 * An admin-panel label in each language the office's staff work in. Keyed by the locale list, so
 * adding a locale makes every label without it a type error: the compiler lists what to translate.
 */
export type Label = Record<Locale, string>

export const label = (text: Label): Label => ({ ...text })
