import { bcp47, type Locale } from '@/i18n/locales'

import type { DatePrecision } from './format'
import { isoDate } from './format'
import { absoluteUrl, pathFor, type Route } from './paths'

/**
 * schema.org data for search engines (JSON-LD). Builders return plain objects; `JsonLd` renders
 * them. Dates keep the precision the source gives ("2012"), which ISO 8601 and schema.org allow.
 */
export type Thing = Record<string, unknown>

export function breadcrumbList(locale: Locale, trail: { name: string; route: Route }[]): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(pathFor(locale, crumb.route)),
    })),
  }
}

export function itemList(name: string, items: { name: string; url: string }[]): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name,
    numberOfItems: items.length,
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      url: item.url,
    })),
  }
}

/** The office that publishes the site. */
export function publisher(
  locale: Locale,
  {
    name,
    description,
    email,
  }: { name: string; description?: string | null; email?: string | null },
): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name,
    url: absoluteUrl(pathFor(locale, { page: 'home' })),
    ...(description ? { description } : {}),
    ...(email ? { email } : {}),
    areaServed: { '@type': 'City', name: 'Taicang' },
  }
}

export function website(locale: Locale, name: string): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name,
    url: absoluteUrl(pathFor(locale, { page: 'home' })),
    inLanguage: bcp47[locale],
    potentialAction: {
      '@type': 'SearchAction',
      target: `${absoluteUrl(pathFor(locale, { page: 'search' }))}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  }
}

export function organization({
  name,
  url,
  description,
  website: sameAs,
  address,
  foundingDate,
}: {
  name: string
  url: string
  description?: string | null
  website?: string | null
  address?: { locality?: string | null; country?: string | null } | null
  foundingDate?: number | null
}): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name,
    url,
    ...(description ? { description } : {}),
    ...(sameAs ? { sameAs: [sameAs] } : {}),
    ...(foundingDate ? { foundingDate: String(foundingDate) } : {}),
    ...(address && (address.locality || address.country)
      ? {
          address: {
            '@type': 'PostalAddress',
            ...(address.locality ? { addressLocality: address.locality } : {}),
            ...(address.country ? { addressCountry: address.country } : {}),
          },
        }
      : {}),
  }
}

const eventStatus = {
  scheduled: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
} as const

export function event({
  locale,
  name,
  url,
  description,
  startDate,
  endDate,
  precision,
  status,
  place,
  organizer,
}: {
  locale: Locale
  name: string
  url: string
  description?: string | null
  /** Null for an event the source gives no date: schema.org's startDate is then left out. */
  startDate: string | null
  endDate?: string | null
  precision: DatePrecision
  status: keyof typeof eventStatus
  place?: { name?: string | null; locality?: string | null; country?: string | null } | null
  organizer?: string | null
}): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name,
    url,
    inLanguage: bcp47[locale],
    ...(startDate ? { startDate: isoDate(startDate, precision) } : {}),
    ...(startDate && endDate ? { endDate: isoDate(endDate, precision) } : {}),
    eventStatus: eventStatus[status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(description ? { description } : {}),
    ...(place && (place.name || place.locality || place.country)
      ? {
          location: {
            '@type': 'Place',
            name: place.name ?? place.locality ?? undefined,
            address: {
              '@type': 'PostalAddress',
              ...(place.locality ? { addressLocality: place.locality } : {}),
              ...(place.country ? { addressCountry: place.country } : {}),
            },
          },
        }
      : {}),
    ...(organizer ? { organizer: { '@type': 'Organization', name: organizer } } : {}),
  }
}
