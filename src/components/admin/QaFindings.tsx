'use client'
/**
 * Beside the publish controls of a record: the QA findings of the locale being edited (GET
 * /api/translation/qa), so a translator sees before publishing what the gate would refuse. Asked
 * again after every save; nothing is shown for a record not saved yet.
 */
import { useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { AdminTranslationKey, AdminTranslations } from '@/i18n/adminTranslations'
import type { QaFindingWithMessage } from '@/qa/messages'

type Answer = { errors: number; warnings: number; findings: QaFindingWithMessage[] }

export function QaFindings() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { t } = useTranslation<AdminTranslations, AdminTranslationKey>()
  const { config } = useConfig()
  const url =
    id && collectionSlug
      ? `${config.serverURL}${config.routes.api}/translation/qa?${new URLSearchParams({
          collection: collectionSlug,
          id: String(id),
          locale,
          saved: String(lastUpdateTime ?? ''),
        })}`
      : null
  const [answer, setAnswer] = useState<{ url: string; body: Answer | null } | null>(null)

  useEffect(() => {
    if (!url) return
    let current = true
    fetch(url, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<Answer>) : null))
      .catch(() => null)
      .then((body) => current && setAnswer({ url, body }))
    return () => {
      current = false
    }
  }, [url])

  const body = answer && answer.url === url ? answer.body : null
  if (!body) return null
  const state = body.errors > 0 ? 'error' : body.warnings > 0 ? 'warning' : 'ok'
  return (
    <details className={`qa-findings qa-findings--${state}`} data-testid="qa-findings">
      <summary>
        {t('translator:qaTitle')}: {body.errors} {t('translator:qaErrors')} · {body.warnings}{' '}
        {t('translator:qaWarnings')}
      </summary>
      <div className="qa-findings__panel">
        {body.findings.length === 0 ? (
          <p>{t('translator:qaNone')}</p>
        ) : (
          <>
            <p>{t('translator:qaErrorsBlock')}</p>
            <ul>
              {body.findings.map((finding, index) => (
                <li key={index} className={`qa-findings__${finding.severity}`}>
                  <code>{finding.path}</code>: {finding.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </details>
  )
}
