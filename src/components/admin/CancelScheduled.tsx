'use client'
import { Button, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { adminText } from './messages'

/** Cancels one scheduled publication through the API, then reloads the dashboard's list. */
export function CancelScheduled({ url }: { url: string }) {
  const { i18n } = useTranslation()
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
      router.refresh()
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
        {adminText('cancel', i18n.language)}
      </Button>
      {problem ? (
        <span role="alert">
          {' '}
          {adminText('cancelFailed', i18n.language)} {problem}
        </span>
      ) : null}
    </>
  )
}
