'use client'
import { Button, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { AdminTranslationKey, AdminTranslations } from '@/i18n/adminTranslations'

/**
 * Cancels one scheduled publication through the API, then reloads the list: the dashboard's by
 * refreshing the page, the edit screen's by `onCancelled` (a refresh would reset its form).
 */
export function CancelScheduled({
  url,
  onCancelled,
}: {
  url: string
  onCancelled?: () => Promise<void>
}) {
  const { t } = useTranslation<AdminTranslations, AdminTranslationKey>()
  const router = useRouter()
  const [pending, setPending] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const cancel = async () => {
    setPending(true)
    setProblem(null)
    try {
      const response = await fetch(url, { method: 'DELETE', credentials: 'include' })
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as {
          errors?: { message?: string }[]
        } | null
        setProblem(body?.errors?.[0]?.message ?? String(response.status))
      }
      if (onCancelled) await onCancelled()
      else router.refresh()
    } finally {
      setPending(false)
    }
  }
  return (
    <>
      <Button
        buttonStyle="secondary"
        size="small"
        margin={false}
        disabled={pending}
        onClick={cancel}
      >
        {t('translator:cancel')}
      </Button>
      {problem ? (
        <span role="alert">
          {' '}
          {t('translator:cancelFailed')} {problem}
        </span>
      ) : null}
    </>
  )
}
