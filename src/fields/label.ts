import type { Locale } from '@/i18n/locales'

/** An admin-panel label in each language the office's staff work in. */
export type Label = Record<Locale, string>

export const label = (zh: string, de: string, en: string): Label => ({ zh, de, en })
