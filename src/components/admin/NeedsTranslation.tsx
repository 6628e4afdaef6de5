import type { CollectionSlug, ServerProps } from 'payload'

import { translationLocales } from '@/access/canEditLocale'
import { isStaffUser } from '@/access/roles'
import { endonyms } from '@/i18n/locales'
import { statusReports } from '@/translation/report'

import { adminT } from '@/i18n/adminTranslations'

/**
 * Above a content list: per locale the user works in, how many records need translation, as a link
 * that filters this list to exactly those records (and opens them in that locale).
 */
export async function NeedsTranslation({
  payload,
  user,
  i18n,
  collectionSlug,
}: ServerProps & { collectionSlug?: string }) {
  if (!collectionSlug || !isStaffUser(user as never)) return null
  const reports = await statusReports(payload, {
    locales: translationLocales(user as never),
    collections: [collectionSlug as CollectionSlug],
  })
  const admin = payload.config.routes.admin
  const t = adminT(i18n)
  return (
    <nav className="needs-translation" aria-label={t('translator:needsWork')}>
      {reports.map((report) => {
        const ids = report.records
          .filter((record) => record.state !== 'complete')
          .map((record) => record.id)
        // One comma-separated value: as an indexed list (where[id][in][0]=…) the admin's query
        // parser turns more than 20 entries into an object, and the list silently showed everything.
        const filter = `where[id][in]=${ids.map((id) => encodeURIComponent(String(id))).join(',')}`
        return ids.length === 0 ? (
          <span key={report.locale}>
            {endonyms[report.locale]}: {t('translator:none')}{' '}
          </span>
        ) : (
          <a
            key={report.locale}
            href={`${admin}/collections/${collectionSlug}?locale=${report.locale}&${filter}`}
          >
            {t('translator:needsWork')} · {endonyms[report.locale]} ({ids.length})
          </a>
        )
      })}
    </nav>
  )
}
