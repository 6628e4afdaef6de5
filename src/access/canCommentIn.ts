import type { Access } from 'payload'

import { isLocale } from '@/i18n/locales'

import { type AccessUser, hasRole, isEditorUser, isStaffUser } from './roles'

/**
 * May this user read and write comments in `locale`? Editors in every locale; a translator or a
 * reviewer in the locales on their record, the ones they work in.
 */
export function canCommentIn(user: AccessUser | null | undefined, locale: unknown): boolean {
  if (!isLocale(locale)) return false
  if (isEditorUser(user)) return true
  if (!hasRole(user, 'translator') && !hasRole(user, 'reviewer')) return false
  return Boolean(user?.locales?.includes(locale))
}

/** Comments are read (and changed, the hook decides by whom) only in the locales one comments in. */
export const commentsOfOwnLocales: Access = ({ req: { user } }) => {
  if (!isStaffUser(user)) return false
  if (isEditorUser(user)) return true
  return { locale: { in: [...(user?.locales ?? [])] } }
}
