import type { Metadata } from 'next'

import { bcp47, locales, type Locale } from '@/i18n/locales'

import { absoluteUrl, languageAlternates, pathFor, siteOrigin, type Route } from './paths'

/** Open Graph wants `ll_CC`. */
const ogLocale: Record<Locale, string> = { zh: 'zh_CN', de: 'de_DE', en: 'en_US' }

/**
 * A page's head: title, description, its canonical URL (the page in this locale, without filter
 * parameters), hreflang alternates for every locale plus x-default, and Open Graph.
 */
export function pageMetadata({
  locale,
  route,
  title,
  description,
  siteName,
  type = 'website',
  noindex = false,
}: {
  locale: Locale
  route: Route
  title: string
  description?: string | null
  siteName: string
  type?: 'website' | 'article'
  noindex?: boolean
}): Metadata {
  const url = absoluteUrl(pathFor(locale, route))
  const text = description ? truncate(description, 200) : undefined
  const fullTitle = route.page === 'home' ? title : `${title} · ${siteName}`
  return {
    metadataBase: new URL(siteOrigin()),
    title: fullTitle,
    description: text,
    alternates: { canonical: url, languages: languageAlternates(route) },
    openGraph: {
      type,
      url,
      title: fullTitle,
      description: text,
      siteName,
      locale: ogLocale[locale],
      alternateLocale: locales.filter((other) => other !== locale).map((other) => ogLocale[other]),
    },
    twitter: { card: 'summary', title: fullTitle, description: text },
    robots: noindex ? { index: false, follow: true } : undefined,
    other: { 'content-language': bcp47[locale] },
  }
}

export function truncate(text: string, length: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length <= length ? clean : `${clean.slice(0, length - 1).trimEnd()}…`
}
