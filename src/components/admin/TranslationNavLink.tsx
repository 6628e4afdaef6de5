import type { ServerProps } from 'payload'

import { isStaffUser } from '@/access/roles'

import { adminText } from './messages'

/** A nav entry for the translation dashboard, for staff only. */
export function TranslationNavLink({ user, i18n, payload }: ServerProps) {
  if (!isStaffUser(user as never)) return null
  const admin = payload.config.routes.admin
  return (
    <a className="nav__link translation-nav-link" href={`${admin}/translation`}>
      {adminText('dashboard', i18n.language)}
    </a>
  )
}
