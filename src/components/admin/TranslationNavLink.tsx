import type { ServerProps } from 'payload'

import { isStaffUser } from '@/access/roles'

import { adminT } from '@/i18n/adminTranslations'

/** A nav entry for the translation dashboard, for staff only. */
export function TranslationNavLink({ user, i18n, payload }: ServerProps) {
  if (!isStaffUser(user as never)) return null
  const admin = payload.config.routes.admin
  return (
    <a className="nav__link translation-nav-link" href={`${admin}/translation`}>
      {adminT(i18n)('translator:dashboard')}
    </a>
  )
}
