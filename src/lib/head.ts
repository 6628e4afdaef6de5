import { locales, type Locale } from '@/i18n/locales'

import { absoluteUrl, languageAlternates, pathFor, type Route } from './paths'

/** Open Graph wants `ll_CC`. */
const ogLocale: Record<Locale, string> = { zh: 'zh_CN', de: 'de_DE', en: 'en_US' }

/** Everything a page puts in its <head> besides styles: what search engines and link previews read. */
export type PageHead = {
  title: string
  description?: string
  /** Absent on error pages, which have no URL of their own to name. */
  canonical?: string
  /** hreflang → URL, for every locale and x-default. */
  alternates: Record<string, string>
  /** Absent on error pages. */
  og?: {
    type: 'website' | 'article'
    url: string
    title: string
    description?: string
    siteName: string
    locale: string
    alternateLocales: string[]
  }
  noindex: boolean
}

/**
 * A page's head: title, description, its canonical URL (the page in this locale, without filter
 * parameters), hreflang alternates for every locale plus x-default, and Open Graph.
 */
export function pageHead({
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
}): PageHead {
  const url = absoluteUrl(pathFor(locale, route))
  const text = description ? truncate(description, 200) : undefined
  const fullTitle = route.page === 'home' ? title : `${title} · ${siteName}`
  return {
    title: fullTitle,
    description: text,
    canonical: url,
    alternates: languageAlternates(route),
    og: {
      type,
      url,
      title: fullTitle,
      description: text,
      siteName,
      locale: ogLocale[locale],
      alternateLocales: locales.filter((other) => other !== locale).map((other) => ogLocale[other]),
    },
    noindex,
  }
}

export function truncate(text: string, length: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length <= length ? clean : `${clean.slice(0, length - 1).trimEnd()}…`
}
