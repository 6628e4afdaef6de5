import { notFoundPage } from '@/components/NotFoundPage'
import type { RenderedPage } from '@/components/renderedPage'
import { serverErrorPage } from '@/components/ServerErrorPage'
import { isLocale, type Locale } from '@/i18n/locales'
import { negotiateLocale } from '@/lib/negotiateLocale'
import { payloadClient } from '@/queries/read'
import { inRequestScope } from '@/lib/requestMemo'

import { documentResponse, htmlResponse } from './htmlResponse'

/**
 * The body of every public page's GET handler: check the locale from the route, render the page,
 * or the locale's 404 page. (The proxy already sends unknown locales to a known one; this guards
 * direct requests.)
 */
export async function respond(
  request: Request,
  params: Promise<{ locale: string }>,
  render: (locale: Locale) => Promise<RenderedPage | null>,
): Promise<Response> {
  const { locale } = await params
  const pageLocale = isLocale(locale)
    ? locale
    : negotiateLocale(request.headers.get('accept-language'))
  // One request: the page's repeated reads (settings, figures, preview session) are made once.
  return inRequestScope(async () => {
    try {
      if (!isLocale(locale)) return await htmlResponse(pageLocale, await notFoundPage(pageLocale))
      return await htmlResponse(locale, (await render(locale)) ?? (await notFoundPage(locale)))
    } catch (error) {
      await logPageError(request, error)
      return documentResponse(pageLocale, await serverErrorPage(pageLocale), false)
    }
  })
}

/** A page that failed to render goes to Payload's logger (the server's one log), with its URL. */
async function logPageError(request: Request, error: unknown): Promise<void> {
  const payload = await payloadClient().catch(() => null)
  const logger = payload?.logger ?? { error: (entry: object) => console.error(entry) }
  logger.error({ err: error, url: request.url, msg: 'A public page failed to render' })
}

/** The GET handler of a record's page (`/[locale]/<collection>/[slug]`). */
export function recordRoute(view: (locale: Locale, slug: string) => Promise<RenderedPage | null>) {
  return (request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) =>
    respond(request, params, async (locale) => {
      const slug = segment((await params).slug)
      return slug === null ? null : view(locale, slug)
    })
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
