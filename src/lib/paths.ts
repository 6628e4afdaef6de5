import { bcp47, defaultLocale, locales, type Locale } from '@/i18n/locales'

import type { ContentCollection } from '@/domain/contentCollections'

/**
 * Every public page, as data. One typed map from route to URL builds links, the language switcher,
 * hreflang alternates, canonical URLs, preview links and the sitemap, so a path is spelled once.
 */
export type Route =
  | { page: 'home' }
  | { page: 'milestones' }
  | { page: 'events' }
  | { page: 'event'; slug: string }
  | { page: 'enterprises' }
  | { page: 'enterprise'; slug: string }
  | { page: 'platforms' }
  | { page: 'platform'; slug: string }
  | { page: 'search' }

export type Query = Record<string, string | number | undefined | null>

const segments: { [P in Route['page']]: (route: Extract<Route, { page: P }>) => string } = {
  home: () => '',
  milestones: () => '/milestones',
  events: () => '/events',
  event: ({ slug }) => `/events/${encodeURIComponent(slug)}`,
  enterprises: () => '/enterprises',
  enterprise: ({ slug }) => `/enterprises/${encodeURIComponent(slug)}`,
  platforms: () => '/platforms',
  platform: ({ slug }) => `/platforms/${encodeURIComponent(slug)}`,
  search: () => '/search',
}

/** `?a=1&b=2` without empty values, or ''. */
export function queryString(query: Query = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

export function pathFor(locale: Locale, route: Route, query?: Query): string {
  const segment = (segments[route.page] as (route: Route) => string)(route)
  return `/${locale}${segment}${queryString(query)}`
}

/** Where a record of each collection is shown. Milestones have no page of their own: they are anchors on the timeline. */
export function recordPath(
  locale: Locale,
  collection: ContentCollection,
  record: { id: number | string; slug?: string | null },
): string {
  switch (collection) {
    case 'milestones':
      return `${pathFor(locale, { page: 'milestones' })}#${milestoneAnchor(record.id)}`
    case 'events':
      return pathFor(locale, { page: 'event', slug: record.slug ?? String(record.id) })
    case 'enterprises':
      return pathFor(locale, { page: 'enterprise', slug: record.slug ?? String(record.id) })
    case 'platforms':
      return pathFor(locale, { page: 'platform', slug: record.slug ?? String(record.id) })
  }
}

export const milestoneAnchor = (id: number | string) => `milestone-${id}`

export const eventsFeedPath = (locale: Locale) => `/${locale}/events.ics`
export const eventCalendarPath = (locale: Locale, slug: string) =>
  `${pathFor(locale, { page: 'event', slug })}/event.ics`

/** Editors reach drafts through here: it checks their session, turns on draft mode and redirects. */
export const previewPath = (path: string) => `/preview${queryString({ path })}`
export const exitPreviewPath = (path: string) => `/preview/exit${queryString({ path })}`

/**
 * The public origin. Read at request time through a computed key: Next inlines
 * `process.env.NEXT_PUBLIC_*` at build time, and one build is served under many origins (tests,
 * staging, production).
 */
export function siteOrigin(): string {
  const key = 'NEXT_PUBLIC_SERVER_URL'
  return (process.env[key] || 'http://localhost:3000').replace(/\/+$/, '')
}

export const absoluteUrl = (path: string) => `${siteOrigin()}${path}`

/** The same page in every locale, keyed by BCP 47 tag, plus `x-default`. */
export function languageAlternates(route: Route): Record<string, string> {
  const alternates: Record<string, string> = {}
  for (const locale of locales) alternates[bcp47[locale]] = absoluteUrl(pathFor(locale, route))
  // The home page's x-default is `/`, which picks a language from Accept-Language; deeper pages
  // have no language-neutral URL, so their default is the source language.
  alternates['x-default'] = absoluteUrl(route.page === 'home' ? '/' : pathFor(defaultLocale, route))
  return alternates
}

/** Only a path on this site (`/…`, not `//host`), for redirects that take a path from the query string. */
export function isSitePath(path: unknown): path is string {
  return (
    typeof path === 'string' &&
    path.startsWith('/') &&
    !path.startsWith('//') &&
    !path.includes('\\')
  )
}
