import type { ReactElement } from 'react'
import { renderToReadableStream } from 'react-dom/server.edge'

import { Document, documentPolicy } from '@/components/Document'
import { bcp47, type Locale } from '@/i18n/locales'
import type { PageHead } from '@/lib/head'
import { previewMode } from '@/lib/queries/read'

/** What a page function returns: its head, its body and its HTTP status. */
export type RenderedPage = { head: PageHead; body: ReactElement; status?: number }

/**
 * How shared caches in front of the app (nginx, a CDN) keep a public page: one second, then served
 * stale while they fetch it anew. They hear of no publish, so a longer time would show an old page
 * after it; the app's own cache (Redis or memory) keeps the page until a publish expires it, so
 * their refetch is cheap.
 */
const sharedCaching = 'public, max-age=0, s-maxage=1, stale-while-revalidate=60'

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
      // Draft previews are one editor's view: never stored by a browser or proxy. An error page
      // is not kept either: the next request may well succeed.
      'cache-control': preview || (page.status ?? 200) >= 500 ? 'private, no-store' : sharedCaching,
    },
  })
}
