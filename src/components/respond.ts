import { isLocale, type Locale } from '@/i18n/locales'
import { negotiateLocale } from '@/lib/negotiateLocale'
import { inRequestScope } from '@/lib/requestMemo'

import { htmlResponse, type RenderedPage } from './htmlResponse'
import { notFoundPage } from './NotFoundPage'

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
  // One request: the page's repeated reads (settings, figures, preview session) are made once.
  return inRequestScope(async () => {
    const { locale } = await params
    if (!isLocale(locale)) {
      const fallback = negotiateLocale(request.headers.get('accept-language'))
      return htmlResponse(fallback, await notFoundPage(fallback))
    }
    return htmlResponse(locale, (await render(locale)) ?? (await notFoundPage(locale)))
  })
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
