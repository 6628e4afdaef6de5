'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Live Preview for server-rendered pages (rendered only in draft mode, so public pages never load
 * it). Payload's admin posts `payload-document-event` when the document is saved; the page then
 * re-renders on the server with the new draft. The protocol is the one `@payloadcms/live-preview`
 * implements: announce readiness to the opener or parent window, listen for document events.
 */
export function LivePreviewListener() {
  const router = useRouter()
  useEffect(() => {
    const admin = window.opener ?? (window.parent !== window ? window.parent : null)
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      if (event.origin === origin && event.data?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    admin?.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
