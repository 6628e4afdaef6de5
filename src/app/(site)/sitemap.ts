import type { MetadataRoute } from 'next'

import { defaultLocale, locales } from '@/i18n/locales'
import { absoluteUrl, languageAlternates, pathFor, type Route } from '@/lib/paths'
import { getEnterprises } from '@/queries/enterprises'
import { getEvents } from '@/queries/events'
import { getPlatforms } from '@/queries/platforms'

// Rendered per request from cached reads: at build time there is no content database to read.
export const dynamic = 'force-dynamic'

/**
 * Every public page in every locale, each with `xhtml:link` alternates for all locales. Records are
 * listed by their shared slug; drafts never appear because the reads are the public's.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [events, enterprises, platforms] = await Promise.all([
    getEvents(defaultLocale),
    getEnterprises(defaultLocale),
    getPlatforms(defaultLocale),
  ])
  const latest = (items: { updatedAt: string }[]) =>
    items.reduce<string | undefined>(
      (max, item) => (!max || item.updatedAt > max ? item.updatedAt : max),
      undefined,
    )

  const pages: { route: Route; lastModified?: string }[] = [
    { route: { page: 'home' } },
    { route: { page: 'milestones' } },
    { route: { page: 'events' }, lastModified: latest(events) },
    { route: { page: 'enterprises' }, lastModified: latest(enterprises) },
    { route: { page: 'platforms' }, lastModified: latest(platforms) },
    ...events.map((event) => ({
      route: { page: 'event', slug: event.slug } as Route,
      lastModified: event.updatedAt,
    })),
    ...enterprises.map((enterprise) => ({
      route: { page: 'enterprise', slug: enterprise.slug } as Route,
      lastModified: enterprise.updatedAt,
    })),
    ...platforms.map((platform) => ({
      route: { page: 'platform', slug: platform.slug } as Route,
      lastModified: platform.updatedAt,
    })),
  ]

  return pages.flatMap(({ route, lastModified }) =>
    locales.map((locale) => ({
      url: absoluteUrl(pathFor(locale, route)),
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages: languageAlternates(route) },
    })),
  )
}
