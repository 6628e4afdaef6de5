import {
  NEXT_ROUTER_PREFETCH_HEADER,
  NEXT_ROUTER_SEGMENT_PREFETCH_HEADER,
  NEXT_ROUTER_STATE_TREE_HEADER,
  RSC_HEADER,
} from 'next/dist/client/components/app-router-headers'

import { notFoundPage } from '@/components/NotFoundPage'
import type { RenderedPage } from '@/components/renderedPage'
import { serverErrorPage } from '@/components/ServerErrorPage'
import { isLocale, type Locale } from '@/i18n/locales'
import { negotiateLocale } from '@/lib/negotiateLocale'
import { pathFor, type Route } from '@/lib/paths'
import { noteCachedPage, renderGeneration, type CachedPage } from '@/lib/cachedPageTags'
import { payloadClient, previewMode } from '@/queries/read'
import { inRequestScope } from '@/lib/requestMemo'

import { htmlResponse } from './htmlResponse'

type RecordPage = Extract<Route, { slug: string }>['page']

/**
 * A page Next caches whole: the route's `revalidate` (seconds) and the page's path, which is the
 * key of Next's copy. (The path comes from the route, not `request.url`: reading the request in a
 * cached route would make Next render it per request.)
 */
export type CachedRoute = { revalidate: number; route: Route }

/**
 * The body of every public page's GET handler: check the locale from the route, render the page,
 * or the locale's 404 page. (The proxy already sends unknown locales to a known one; this guards
 * direct requests.) Whether this is an editor's draft preview is decided here, once, and handed to
 * the response; the page's reads ask the same memoised previewMode() within this request's scope.
 */
export async function respond(
  request: Request,
  params: Promise<{ locale: string }>,
  render: (locale: Locale) => Promise<RenderedPage | null>,
  cached?: CachedRoute,
): Promise<Response> {
  const { locale } = await params
  const pageLocale = isLocale(locale)
    ? locale
    : negotiateLocale(request.headers.get('accept-language'))
  const generation = renderGeneration()
  // One request: the page's repeated reads (settings, figures, preview session) are made once.
  return inRequestScope(async () => {
    try {
      const preview = (await previewMode()) !== null
      const revalidate = preview ? undefined : cached?.revalidate
      const delivery = { preview, revalidate }
      if (!isLocale(locale))
        return await htmlResponse(request, pageLocale, await notFoundPage(pageLocale), delivery)
      const page = (await render(locale)) ?? (await notFoundPage(locale))
      const response = await htmlResponse(request, locale, page, delivery)
      if (cached && revalidate !== undefined && response.status === 200)
        noteCachedPage(pathFor(locale, cached.route), cachedCopy(response, revalidate), generation)
      return response
    } catch (error) {
      await logPageError(request, error)
      return htmlResponse(request, pageLocale, await serverErrorPage(pageLocale), {
        preview: false,
      })
    }
  })
}

/**
 * The `Vary` Next's server appends to every App Router response after the handler has returned
 * (its router headers). The proxy's 304 must repeat the 200's Vary (RFC 9110 §15.4.5), and Next
 * adds nothing to a response the proxy answers.
 */
const nextRouterVary = [
  RSC_HEADER,
  NEXT_ROUTER_STATE_TREE_HEADER,
  NEXT_ROUTER_PREFETCH_HEADER,
  NEXT_ROUTER_SEGMENT_PREFETCH_HEADER,
].join(', ')

/** What the proxy needs to answer a revalidation of this page while Next's copy stays fresh. */
function cachedCopy(response: Response, revalidate: number): CachedPage {
  const own = Object.fromEntries(response.headers)
  const vary = own.vary ? `${own.vary}, ${nextRouterVary}` : nextRouterVary
  const headers: Record<string, string> = { ...own, vary }
  return { etag: headers.etag!, headers, freshUntil: Date.now() + revalidate * 1000 }
}

/** A page that failed to render goes to Payload's logger (the server's one log), with its URL. */
async function logPageError(request: Request, error: unknown): Promise<void> {
  const payload = await payloadClient().catch(() => null)
  const logger = payload?.logger ?? { error: (entry: object) => console.error(entry) }
  logger.error({ err: error, url: request.url, msg: 'A public page failed to render' })
}

/** The GET handler of a record's page (`/[locale]/<collection>/[slug]`), cached whole. */
export function recordRoute(
  page: RecordPage,
  revalidate: number,
  view: (locale: Locale, slug: string) => Promise<RenderedPage | null>,
) {
  return async (
    request: Request,
    { params }: { params: Promise<{ locale: string; slug: string }> },
  ) => {
    const slug = segment((await params).slug)
    return respond(
      request,
      params,
      async (locale) => (slug === null ? null : view(locale, slug)),
      slug === null ? undefined : { revalidate, route: { page, slug } },
    )
  }
}

/** A route segment as text; a malformed escape (`%E0%A4%A`) is no page rather than an error. */
export function segment(value: string): string | null {
  try {
    return decodeURIComponent(value)
  } catch {
    return null
  }
}

/** Query parameters of a request (the dynamic pages: filters and search). */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams)
}
