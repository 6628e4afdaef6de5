import { NextResponse, type NextRequest } from 'next/server'

import { refusal } from '@/http/refusal'
import { noneMatch, notModified } from '@/http/entityTag'
import { isLocale } from '@/i18n/locales'
import { cachedPage } from '@/lib/cachedPageTags'
import { localeCookie, languageChoiceParam, negotiateLocale } from '@/lib/negotiateLocale'
import { servedOverHttps } from '@/lib/securityHeaders.mjs'

// Next's draft-mode cookie (set by /preview through draftMode().enable()).
const draftModeCookie = '__prerender_bypass'

/**
 * Language routing for the public site (Next 16's proxy, formerly middleware). It runs only where
 * it has work to do, so the cached pages under /zh, /de and /en are served without it:
 * - `/` redirects to the reader's language: the one they chose before (cookie), else
 *   Accept-Language, else Chinese;
 * - a language switcher link (`/de/…?lang=de`) remembers the choice in the cookie and redirects to
 *   the clean URL;
 * - a first segment that looks like a language but is not one of ours (`/fr/…`) gets the 404 page
 *   in the reader's language; any other path without a locale is redirected into one
 *   (`/events` → `/de/events`);
 * - a path with a malformed percent escape (`/zh/events/%E0%A4%A`) gets the 404 page, or 400 under
 *   /api and /admin: Next's router cannot decode it into route parameters and would answer 500;
 * - a browser revalidating a page Next serves from its cache gets `304 Not Modified` when its copy
 *   is current (src/lib/cachedPageTags.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  const first = pathname.split('/')[1] ?? ''

  const backend = first === 'api' || first === 'admin'
  if (!decodable(pathname)) {
    if (backend) return refusal(400, 'The path has a malformed percent escape.')
    const locale = isLocale(first)
      ? first
      : negotiateLocale(
          request.headers.get('accept-language'),
          request.cookies.get(localeCookie)?.value,
        )
    // Rewritten to a path no page has, under the reader's locale: its 404 page, with status 404.
    return NextResponse.rewrite(new URL(`/${locale}/_/not-found`, request.url))
  }

  // The API or the admin with a well-formed escape: theirs to answer.
  if (backend) return NextResponse.next()

  if (isLocale(first)) {
    // A page path: a browser revalidating a cached page may get 304; otherwise nothing to do.
    if (!searchParams.has(languageChoiceParam))
      return notModifiedSince(request) ?? NextResponse.next()
    const url = request.nextUrl.clone()
    url.searchParams.delete(languageChoiceParam)
    const response = NextResponse.redirect(url, 307)
    if (searchParams.get(languageChoiceParam) === first) {
      response.cookies.set(localeCookie, first, {
        path: '/',
        maxAge: 60 * 60 * 24 * 365,
        sameSite: 'lax',
        secure: servedOverHttps(),
      })
    }
    return response
  }

  const locale = negotiateLocale(
    request.headers.get('accept-language'),
    request.cookies.get(localeCookie)?.value,
  )
  if (pathname === '/') {
    const response = NextResponse.redirect(
      new URL(`/${locale}${request.nextUrl.search}`, request.url),
      307,
    )
    response.headers.set('vary', 'Accept-Language, Cookie')
    response.headers.set('cache-control', 'private, no-store')
    return response
  }
  if (/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(first)) {
    // Rewritten under a real locale to a path no page has: its 404 page, with status 404.
    return NextResponse.rewrite(new URL(`/${locale}${pathname}`, request.url))
  }
  return NextResponse.redirect(
    new URL(`/${locale}${pathname}${request.nextUrl.search}`, request.url),
    307,
  )
}

/**
 * `304 Not Modified` for a page Next serves from its cache, when the browser's `If-None-Match`
 * still names it (see src/lib/cachedPageTags.ts). Never in draft mode: the editor's view is not
 * the cached public page, whatever tag the browser kept from it.
 */
function notModifiedSince(request: NextRequest): Response | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  if (request.cookies.has(draftModeCookie)) return null
  // With several instances (REDIS_URL), a publish on another one does not clear this process's
  // notes, so a 304 here could confirm a page that has changed: let Next answer (200 + ETag).
  if (process.env.REDIS_URL) return null
  const page = cachedPage(request.nextUrl.pathname)
  if (!page || !noneMatch(request.headers.get('if-none-match'), page.etag)) return null
  return notModified(page.headers)
}

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

/*
 * Matchers must be literals (Next reads them at build time), so the locale codes appear here as
 * well as in src/i18n/locales.ts; tests/unit/proxy.test.ts fails if the two lists differ.
 */
export const config = {
  matcher: [
    '/',
    // A first segment that is not a locale, nor the admin, its API, Next's assets, previews or root files.
    '/((?!(?:zh|de|en)(?:/|$)|api(?:/|$)|admin(?:/|$)|_next/|preview(?:/|$)|sitemap\\.xml|robots\\.txt|favicon\\.(?:ico|svg)).+)',
    // A language switcher link.
    { source: '/:locale(zh|de|en)/:path*', has: [{ type: 'query', key: 'lang' }] },
    // A browser revalidating a page it holds (the cached pages need no proxy otherwise).
    { source: '/:locale(zh|de|en)/:path*', has: [{ type: 'header', key: 'if-none-match' }] },
    // A page path with a percent escape, which may be malformed.
    '/:locale(zh|de|en)/:path(.*%.*)',
    '/:area(api|admin)/:path(.*%.*)',
  ],
}
