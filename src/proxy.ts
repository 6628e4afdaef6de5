import { NextResponse, type NextRequest } from 'next/server'

import { isLocale } from '@/i18n/locales'
import { localeCookie, negotiateLocale } from '@/lib/negotiateLocale'

/**
 * Language routing for the public site (Next 16's proxy, formerly middleware):
 * - `/` redirects to the reader's language: the one they chose before, else Accept-Language, else zh;
 * - a visit to a locale's page remembers that locale for the next `/`;
 * - a first segment that looks like a language but is not one (`/fr/…`) gets the 404 page in the
 *   reader's language; any other path without a locale is redirected into one (`/events` → `/de/events`).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const first = pathname.split('/')[1] ?? ''

  if (isLocale(first)) {
    if (request.cookies.get(localeCookie)?.value === first) return NextResponse.next()
    const response = NextResponse.next()
    response.cookies.set(localeCookie, first, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' })
    return response
  }

  const locale = negotiateLocale(request.headers.get('accept-language'), request.cookies.get(localeCookie)?.value)
  if (pathname === '/') {
    const response = NextResponse.redirect(new URL(`/${locale}${search}`, request.url), 307)
    response.headers.set('vary', 'Accept-Language, Cookie')
    response.headers.set('cache-control', 'private, no-store')
    return response
  }
  if (/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(first)) {
    // Rewritten under a real locale to a path no page has: its 404 page, with status 404.
    return NextResponse.rewrite(new URL(`/${locale}${pathname}`, request.url))
  }
  return NextResponse.redirect(new URL(`/${locale}${pathname}${search}`, request.url), 307)
}

export const config = {
  // Everything but the admin, its API, Next's assets, the preview routes and root files.
  matcher: ['/((?!api(?:/|$)|admin(?:/|$)|_next/|preview(?:/|$)|sitemap\\.xml|robots\\.txt|favicon\\.ico).*)'],
}
