/** The roles a user can hold. A user may hold several; `admin` implies everything. */
/**
 * `reviewer` approves or returns the translations of their locales (the `locales` on their record);
 * only admins grant roles (collections/Users).
 */
export const roles = ['admin', 'editor', 'translator', 'reviewer'] as const

export type Role = (typeof roles)[number]

/** The part of a user record that access rules look at: the rules stay pure and testable. */
export type AccessUser = {
  id: number | string
  roles?: readonly (Role | string)[] | null
  locales?: readonly string[] | null
  collection?: string
}

export function hasRole(user: AccessUser | null | undefined, role: Role): boolean {
  return Boolean(user?.roles?.includes(role))
}

export const isAdminUser = (user: AccessUser | null | undefined): boolean => hasRole(user, 'admin')

/** Editors keep content in every locale; admins can do whatever editors can. */
export const isEditorUser = (user: AccessUser | null | undefined): boolean =>
  hasRole(user, 'admin') || hasRole(user, 'editor')

/** A translator who is not also an editor: the role whose writes are scoped to locales. */
export const isTranslatorOnly = (user: AccessUser | null | undefined): boolean =>
  hasRole(user, 'translator') && !isEditorUser(user)

/** Anyone signed in to the admin with at least one role may read drafts. */
export const isStaffUser = (user: AccessUser | null | undefined): boolean =>
  isEditorUser(user) || hasRole(user, 'translator') || hasRole(user, 'reviewer')
