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

// Next's default `expireTime` (one year): how long a cache may serve a stale copy while it refetches.
const expireSeconds = 31_536_000

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
    ...cacheControl({ preview, revalidate }),
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

function cacheControl({ preview, revalidate }: Delivery): Record<string, string> {
  // Draft previews are one editor's view: never stored by a browser or proxy.
  if (preview) return { 'cache-control': 'private, no-store' }
  // What Next would write for the cached page, written here so the proxy's 304 can repeat it.
  if (revalidate !== undefined)
    return {
      'cache-control': `s-maxage=${revalidate}, stale-while-revalidate=${expireSeconds - revalidate}`,
    }
  return {}
}
