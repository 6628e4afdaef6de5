import { isLocale, sourceLocale } from '@/i18n/locales'

import { type AccessUser, hasRole, isAdminUser } from './roles'

/**
 * May this user approve or return translations into `locale`? A reviewer may in the locales on
 * their record; an admin in every translated locale. The source is written, not reviewed.
 */
export function canReviewLocale(user: AccessUser | null | undefined, locale: unknown): boolean {
  if (!isLocale(locale) || locale === sourceLocale) return false
  if (isAdminUser(user)) return true
  return hasRole(user, 'reviewer') && Boolean(user?.locales?.includes(locale))
}
