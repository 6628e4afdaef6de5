import type { ServerProps } from 'payload'

import { isAdminUser } from '@/access/roles'
import { auditableCollections } from '@/audit/filters'
import { auditActionOptions } from '@/domain/auditActions'
import { adminT } from '@/i18n/adminTranslations'
import { endonyms, isLocale, locales, sourceLocale } from '@/i18n/locales'

/**
 * Above the audit log's list, for admins: the CSV export with the same filters the list has. A
 * plain GET form, so the browser downloads the file with the session cookie and no script is
 * needed; the endpoint (src/audit/exportCsv.ts) checks every value and names a bad one.
 */
export function AuditExport({ payload, user, i18n }: ServerProps) {
  if (!isAdminUser(user as never)) return null
  const t = adminT(i18n)
  const language = isLocale(i18n.language) ? i18n.language : sourceLocale
  const api = `${payload.config.serverURL ?? ''}${payload.config.routes.api}`
  const collections = auditableCollections(payload.config)
  const field = { display: 'flex', flexDirection: 'column', gap: '0.25rem' } as const
  return (
    <form
      method="get"
      action={`${api}/audit-log/export.csv`}
      aria-label={t('translator:auditExportTitle')}
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '1rem',
        alignItems: 'end',
        marginBottom: '1.5rem',
      }}
    >
      <label style={field}>
        {t('translator:auditUser')}
        <input name="user" type="text" placeholder={t('translator:auditUserHint')} />
      </label>
      <label style={field}>
        {t('translator:auditAction')}
        <select name="action" defaultValue="">
          <option value="">{t('translator:auditAny')}</option>
          {auditActionOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label[language]}
            </option>
          ))}
        </select>
      </label>
      <label style={field}>
        {t('translator:auditCollection')}
        <select name="collection" defaultValue="">
          <option value="">{t('translator:auditAny')}</option>
          {collections.map((slug) => (
            <option key={slug} value={slug}>
              {slug}
            </option>
          ))}
        </select>
      </label>
      <label style={field}>
        {t('translator:auditLocales')}
        <select name="locale" defaultValue="">
          <option value="">{t('translator:auditAny')}</option>
          {locales.map((code) => (
            <option key={code} value={code}>
              {endonyms[code]}
            </option>
          ))}
        </select>
      </label>
      <label style={field}>
        {t('translator:auditFrom')}
        <input name="from" type="date" />
      </label>
      <label style={field}>
        {t('translator:auditTo')}
        <input name="to" type="date" />
      </label>
      <button type="submit" className="btn btn--style-secondary btn--size-small">
        {t('translator:auditExport')}
      </button>
    </form>
  )
}
