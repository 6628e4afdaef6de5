'use client'
/**
 * Beside each localized field, for a translator working in another locale: the Chinese source,
 * read-only, the glossary terms it contains, and for an outdated translation what changed in the
 * source since. The facts come from GET /api/translation/source.
 */
import { useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { sourceLocale } from '@/i18n/locales'
import type { SourceBeside as SourceFacts } from '@/translation/sourceBeside'

import { adminText } from './messages'

export function SourceBeside({ path }: { path?: string }) {
  const { id, collectionSlug } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const [facts, setFacts] = useState<SourceFacts | null>(null)
  const field = path?.split('.')[0]

  useEffect(() => {
    setFacts(null)
    if (!id || !collectionSlug || !field || locale === sourceLocale) return
    const query = new URLSearchParams({ collection: collectionSlug, id: String(id), field, locale })
    const controller = new AbortController()
    fetch(`${config.serverURL}${config.routes.api}/translation/source?${query}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then(setFacts)
      .catch(() => undefined)
    return () => controller.abort()
  }, [id, collectionSlug, field, locale, config.serverURL, config.routes.api])

  if (!facts || !facts.source) return null
  const t = (key: Parameters<typeof adminText>[0]) => adminText(key, i18n.language)
  return (
    <aside className="translation-source" lang="zh-Hans" aria-label={t('source')}>
      <div className="translation-source__label">
        {t('source')} · <span className={`translation-source__state translation-source__state--${facts.state}`}>{t(facts.state === 'empty' ? 'complete' : facts.state)}</span>
      </div>
      <p className="translation-source__text">{facts.source}</p>
      {facts.diff && (
        <div className="translation-source__diff">
          <div className="translation-source__label">{t('changedSince')}</div>
          <p>
            {facts.diff.map((part, index) =>
              part.change === 'added' ? <ins key={index}>{part.text}</ins> : part.change === 'removed' ? <del key={index}>{part.text}</del> : <span key={index}>{part.text}</span>,
            )}
          </p>
        </div>
      )}
      {facts.glossary.length > 0 && (
        <div className="translation-source__glossary">
          <span className="translation-source__label">{t('glossary')}: </span>
          {facts.glossary.map((entry) => (
            <span key={entry.term} className="translation-source__term">
              {entry.term} → <span lang={locale}>{entry.translation}</span>
            </span>
          ))}
        </div>
      )}
    </aside>
  )
}
