import { sourceLocale } from '@/i18n/locales'

import { type AccessUser, isTranslatorOnly } from './roles'

/**
 * The locales the admin's locale switcher offers. A translator sees the source (read-only: update
 * access refuses it) and their own locales, source first so the admin never opens them on a locale
 * they cannot even select (payloadcms/payload#13473 locks such users out). Everyone else sees all.
 */
export function visibleLocaleCodes(
  user: AccessUser | null | undefined,
  codes: readonly string[],
): string[] {
  if (!isTranslatorOnly(user)) return [...codes]
  const own = new Set(user?.locales ?? [])
  return codes.filter((code) => code === sourceLocale || own.has(code))
}
