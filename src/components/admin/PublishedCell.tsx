'use client'
import { useTranslation } from '@payloadcms/ui'

import { adminText } from './messages'

/** The content lists' column for the localized `published` flag: words instead of true/false. */
export function PublishedCell({ cellData }: { cellData?: unknown }) {
  const { i18n } = useTranslation()
  return <span>{adminText(cellData === true ? 'published' : 'notPublished', i18n.language)}</span>
}
