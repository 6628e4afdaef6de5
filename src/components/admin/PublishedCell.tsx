'use client'
import { useTranslation } from '@payloadcms/ui'

import type { AdminTranslationKey, AdminTranslations } from '@/i18n/adminTranslations'

/** The content lists' column for the localized `published` flag: words instead of true/false. */
export function PublishedCell({ cellData }: { cellData?: unknown }) {
  const { t } = useTranslation<AdminTranslations, AdminTranslationKey>()
  return <span>{t(cellData === true ? 'translator:published' : 'translator:notPublished')}</span>
}
