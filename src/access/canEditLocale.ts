import { isLocale, locales, sourceLocale, type Locale } from '@/i18n/locales'

import { type AccessUser, isEditorUser, isTranslatorOnly } from './roles'

/**
 * May this user write localized text in `locale`? Editors may write every locale. A translator
 * may write only the locales listed on their user record, one at a time: `all` would write every
 * locale at once, so it is never theirs.
 */
export function canEditLocale(user: AccessUser | null | undefined, locale: unknown): boolean {
  if (isEditorUser(user)) return true
  if (!isTranslatorOnly(user) || !isLocale(locale)) return false
  return Boolean(user?.locales?.includes(locale))
}

/**
 * The locales a staff member works in: for editors all but the source, for a translator or a
 * reviewer the locales on their record.
 */
export function translationLocales(user: AccessUser | null | undefined): Locale[] {
  return isEditorUser(user)
    ? locales.filter((code) => code !== sourceLocale)
    : (user?.locales ?? []).filter(isLocale)
}
