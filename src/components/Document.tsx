import type { ReactNode } from 'react'

import { bcp47, type Locale } from '@/i18n/locales'
import type { PageHead } from '@/lib/head'
import { pagePolicy } from '@/lib/securityHeaders.mjs'

import { siteStyles } from './styles'

/**
 * Live Preview for server-rendered pages, only in draft mode: announce readiness to the admin
 * (opener or parent window) and reload when it reports a saved document. The protocol is
 * `@payloadcms/live-preview`'s (`payload-live-preview` ready, `payload-document-event`).
 */
const livePreviewScript = `(function(){var o=location.origin,a=window.opener||(window.parent!==window?window.parent:null);addEventListener('message',function(e){if(e.origin===o&&e.data&&e.data.type==='payload-document-event')location.reload()});if(a)a.postMessage({type:'payload-live-preview',ready:true},o)})()`

/**
 * The Content-Security-Policy of a Document: its inline stylesheet and, in draft mode, the Live
 * Preview script, each allowed by the hash of the very string written below.
 */
const policies = {
  public: pagePolicy({ styles: [siteStyles] }),
  preview: pagePolicy({ styles: [siteStyles], scripts: [livePreviewScript] }),
}

export const documentPolicy = (preview: boolean) => (preview ? policies.preview : policies.public)

/** The whole HTML document of a public page: the reader's language on <html>, the head, inline styles. */
export function Document({
  locale,
  head,
  preview,
  children,
}: {
  locale: Locale
  head: PageHead
  preview: boolean
  children: ReactNode
}) {
  return (
    <html lang={bcp47[locale]} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{head.title}</title>
        {head.description ? <meta name="description" content={head.description} /> : null}
        {head.noindex ? <meta name="robots" content="noindex, follow" /> : null}
        <meta name="theme-color" content="#0b3a66" />
        {head.canonical ? <link rel="canonical" href={head.canonical} /> : null}
        {Object.entries(head.alternates).map(([hreflang, href]) => (
          <link key={hreflang} rel="alternate" hrefLang={hreflang} href={href} />
        ))}
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        {head.og ? (
          <>
            <meta property="og:type" content={head.og.type} />
            <meta property="og:url" content={head.og.url} />
            <meta property="og:title" content={head.og.title} />
            {head.og.description ? (
              <meta property="og:description" content={head.og.description} />
            ) : null}
            <meta property="og:site_name" content={head.og.siteName} />
            <meta property="og:locale" content={head.og.locale} />
            {head.og.alternateLocales.map((alternate) => (
              <meta key={alternate} property="og:locale:alternate" content={alternate} />
            ))}
            <meta name="twitter:card" content="summary" />
          </>
        ) : null}
        <style dangerouslySetInnerHTML={{ __html: siteStyles }} />
        {preview ? <script dangerouslySetInnerHTML={{ __html: livePreviewScript }} /> : null}
      </head>
      <body>{children}</body>
    </html>
  )
}
