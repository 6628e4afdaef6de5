import { renderToReadableStream } from 'react-dom/server.edge'

import { Document, documentPolicy } from '@/components/Document'
import type { RenderedPage } from '@/components/renderedPage'
import { bcp47, type Locale } from '@/i18n/locales'

import { entityTag, noneMatch, notModified } from '@/http/entityTag'

/**
 * How a page is delivered, decided once per request by respond(): as an editor's draft preview or
 * the public page; and, for a public page Next caches whole, for how many seconds (the route's
 * `revalidate`).
 */
export type Delivery = { preview: boolean; revalidate?: number }

/**
 * Renders a page's server components to a complete HTML document with React's server renderer and
 * no hydration: the public site sends HTML and CSS only. (App Router pages would add Next's client
 * router and React, about 136 KB gzip, to every page, and Next 16 sends notFound() pages as an
 * empty shell filled in by that JavaScript.) The whole document is rendered before the response
 * starts, so the status (200 or 404) and the entity tag are known before the headers go out.
 *
 * A page rendered per request answers `304 Not Modified` here when the browser already holds this
 * very document. A page Next caches whole must not: Next would store the 304 as the page. Its
 * conditional requests are answered by the proxy (src/lib/cachedPageTags.ts).
 */
export async function htmlResponse(
  request: Request,
  locale: Locale,
  page: RenderedPage,
  { preview, revalidate }: Delivery,
): Promise<Response> {
  const stream = await renderToReadableStream(
    <Document locale={locale} head={page.head} preview={preview}>
      {page.body}
    </Document>,
  )
  await stream.allReady
  const body = new Uint8Array(await new Response(stream).arrayBuffer())
  const status = page.status ?? 200
  const headers: Record<string, string> = {
    'content-type': 'text/html; charset=utf-8',
    'content-language': bcp47[locale],
    'content-security-policy': documentPolicy(preview),
    etag: entityTag(body),
    ...cacheControl(preview, status),
    // Said by the page itself, so its 304 says it too: Next's compression adds it only to a body.
    vary: 'Accept-Encoding',
  }
  // Preconditions apply only to what would be a 2xx (RFC 9110 §13.2.1): a 404 stays a 404.
  if (
    status === 200 &&
    revalidate === undefined &&
    noneMatch(request.headers.get('if-none-match'), headers.etag!)
  )
    return notModified(headers)
  return new Response(body, { status, headers })
}

/**
 * How shared caches in front of the app (nginx, a CDN) keep a public page: one second, then served
 * stale while they fetch it anew. They hear of no publish, so a longer time would show an old page
 * after it; the app's own cache (Redis or memory) keeps the page until a publish expires it, so
 * their refetch is cheap.
 */
const sharedCaching = 'public, max-age=0, s-maxage=1, stale-while-revalidate=60'

function cacheControl(preview: boolean, status: number): Record<string, string> {
  // Draft previews are one editor's view: never stored by a browser or proxy. An error page is
  // not kept either: the next request may well succeed.
  return { 'cache-control': preview || status >= 500 ? 'private, no-store' : sharedCaching }
}
