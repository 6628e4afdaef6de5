import { staffOnly } from './staffOnly'

/** A nav entry for the translation dashboard, for staff only. */
export const TranslationNavLink = staffOnly(({ t, adminBase }) => (
  <a className="nav__link translation-nav-link" href={`${adminBase}/translation`}>
    {t('translator:dashboard')}
  </a>
))
