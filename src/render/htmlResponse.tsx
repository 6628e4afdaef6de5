import { renderToReadableStream } from 'react-dom/server.edge'

import { Document, documentPolicy } from '@/components/Document'
import type { RenderedPage } from '@/components/renderedPage'
import { bcp47, type Locale } from '@/i18n/locales'
import { previewMode } from '@/queries/read'

/**
 * Renders a page's server components to a complete HTML document with React's server renderer and
 * no hydration: the public site sends HTML and CSS only. (App Router pages would add Next's client
 * router and React, about 136 KB gzip, to every page, and Next 16 sends notFound() pages as an
 * empty shell filled in by that JavaScript.) The whole document is rendered before the response
 * starts, so the status (200 or 404) is known and nothing streams in after the headers.
 */
export async function htmlResponse(locale: Locale, page: RenderedPage): Promise<Response> {
  return documentResponse(locale, page, (await previewMode()) !== null)
}

/** The document for a page, given whether it is a draft preview (an error page never is). */
export async function documentResponse(
  locale: Locale,
  page: RenderedPage,
  preview: boolean,
): Promise<Response> {
  const stream = await renderToReadableStream(
    <Document locale={locale} head={page.head} preview={preview}>
      {page.body}
    </Document>,
  )
  await stream.allReady
  return new Response(stream, {
    status: page.status ?? 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-language': bcp47[locale],
      'content-security-policy': documentPolicy(preview),
      // Draft previews are one editor's view: never stored by a browser or proxy.
      ...(preview ? { 'cache-control': 'private, no-store' } : {}),
    },
  })
}
