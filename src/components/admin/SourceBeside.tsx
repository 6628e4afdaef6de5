'use client'
/**
 * Beside each localized field, for a translator working in another locale: the Chinese source,
 * read-only, the glossary terms it contains, and for an outdated translation what changed in the
 * source since. The facts come from GET /api/translation/source, one request per record.
 */
import {
  useConfig,
  useDocumentInfo,
  useFormFields,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { sourceLocale } from '@/i18n/locales'
import { globalRecordId } from '@/translation/globalRecordId'
import type { SourcesBeside } from '@/translation/sourceBeside'

import type { AdminTranslationKey, AdminTranslations } from '@/i18n/adminTranslations'

/**
 * Every field's box asks for the same record: they share one request per record, locale and
 * save (a save changes what is outdated), instead of one request per field.
 */
const requests = new Map<string, Promise<SourcesBeside | null>>()
const requestsKept = 8

function sourcesFor(url: string): Promise<SourcesBeside | null> {
  let request = requests.get(url)
  if (!request) {
    request = fetch(url, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { fields?: SourcesBeside } | null) => body?.fields ?? null)
      .catch(() => null)
    requests.set(url, request)
    // Oldest first: the map keeps insertion order.
    for (const key of [...requests.keys()].slice(0, Math.max(0, requests.size - requestsKept)))
      requests.delete(key)
  }
  return request
}

export function SourceBeside({ path }: { path?: string }) {
  const { id, collectionSlug, globalSlug, lastUpdateTime } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { t } = useTranslation<AdminTranslations, AdminTranslationKey>()
  const { config } = useConfig()
  // The answer is kept with the URL it answers: after a change of record, locale or save, the
  // old answer no longer matches and nothing is shown until the new one arrives.
  const [answer, setAnswer] = useState<{ url: string; sources: SourcesBeside | null } | null>(null)
  // In an array row (figures.2.label) the answer names the row by its id, which stays put.
  const [top, index, name] = path?.split('.') ?? []
  const inRow = name !== undefined && /^\d+$/.test(index ?? '')
  const rowId = useFormFields(([fields]) => (inRow ? fields[`${top}.${index}.id`]?.value : null))
  const field = inRow ? `${top}.${String(rowId)}.${name}` : top
  const record = globalSlug
    ? { collection: globalSlug, id: globalRecordId }
    : id && collectionSlug
      ? { collection: collectionSlug, id: String(id) }
      : null
  const url =
    record && locale !== sourceLocale
      ? `${config.serverURL}${config.routes.api}/translation/source?${new URLSearchParams({ ...record, locale, saved: String(lastUpdateTime ?? '') })}`
      : null

  useEffect(() => {
    if (!url) return
    let current = true
    void sourcesFor(url).then((sources) => current && setAnswer({ url, sources }))
    return () => {
      current = false
    }
  }, [url])

  const all = answer && answer.url === url ? answer.sources : null
  const facts = field ? all?.[field] : undefined
  if (!facts || !facts.source) return null
  return (
    <aside className="translation-source" lang="zh-Hans" aria-label={t('translator:source')}>
      <div className="translation-source__label">
        {t('translator:source')} ·{' '}
        <span className={`translation-source__state translation-source__state--${facts.state}`}>
          {t(`translator:${facts.state === 'empty' ? 'complete' : facts.state}`)}
        </span>
      </div>
      <p className="translation-source__text">{facts.source}</p>
      {facts.diff && (
        <div className="translation-source__diff">
          <div className="translation-source__label">{t('translator:changedSince')}</div>
          <p>
            {facts.diff.map((part, index) =>
              part.change === 'added' ? (
                <ins key={index}>{part.text}</ins>
              ) : part.change === 'removed' ? (
                <del key={index}>{part.text}</del>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </p>
        </div>
      )}
      {facts.glossary.length > 0 && (
        <div className="translation-source__glossary">
          <span className="translation-source__label">{t('translator:glossary')}: </span>
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
