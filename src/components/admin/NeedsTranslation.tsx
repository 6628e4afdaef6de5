import type { CollectionSlug } from 'payload'

import { translationLocales } from '@/access/canEditLocale'
import { endonyms } from '@/i18n/locales'
import { recordsNeedingWork } from '@/translation/needsWork'

import { staffListTool } from './staffOnly'

/**
 * Above a content list: per locale the user works in, how many records need translation, as a link
 * that filters this list to exactly those records (and opens them in that locale). Only the ids are
 * computed, and kept until the collection's drafts change (src/translation/needsWork.ts): the list
 * renders on every visit.
 */
export const NeedsTranslation = staffListTool(
  async ({ payload, user, t, adminBase, collectionSlug }) => {
    const needing = await recordsNeedingWork(
      payload,
      collectionSlug as CollectionSlug,
      translationLocales(user),
    )
    return (
      <nav className="needs-translation" aria-label={t('translator:needsWork')}>
        {[...needing].map(([locale, ids]) => {
          // One comma-separated value: as an indexed list (where[id][in][0]=…) the admin's query
          // parser turns more than 20 entries into an object, and the list silently showed everything.
          const filter = `where[id][in]=${ids.map((id) => encodeURIComponent(String(id))).join(',')}`
          return ids.length === 0 ? (
            <span key={locale}>
              {endonyms[locale]}: {t('translator:none')}{' '}
            </span>
          ) : (
            <a
              key={locale}
              href={`${adminBase}/collections/${collectionSlug}?locale=${locale}&${filter}`}
            >
              {t('translator:needsWork')} · {endonyms[locale]} ({ids.length})
            </a>
          )
        })}
      </nav>
    )
  },
)
