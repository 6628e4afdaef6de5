import type { ReactNode } from 'react'

import { getT } from '@/i18n/server'
import { bcp47, type Locale } from '@/i18n/locales'
import { pageHead } from '@/lib/head'
import type { Thing } from '@/lib/jsonLd'
import type { Shown } from '@/lib/localized'
import { pathFor, type Query, type Route } from '@/lib/paths'
import { getSiteSettings } from '@/queries/globals'

import type { RenderedPage } from './renderedPage'
import { LocalizedText } from './LocalizedText'
import { PageShell, type Section } from './PageShell'
import { SourceNote } from './SourceNote'

/** The site's name in the reader's language, as the CMS has it (the UI's own name before it is set). */
export async function siteNameOf(locale: Locale): Promise<string> {
  const [t, settings] = await Promise.all([getT(locale, 'common'), getSiteSettings(locale)])
  return settings.siteName?.value ?? t('site.name')
}

type Frame = {
  locale: Locale
  section: Section
  fallback: Locale[]
  jsonLd: Thing[]
  children: ReactNode
}

/** A section's overview page (milestones, events, enterprises, platforms): Home › title. */
export async function listPage({
  locale,
  route,
  query,
  title,
  description,
  ...frame
}: Frame & {
  route: Route
  query?: Query
  title: string
  description: string
}): Promise<RenderedPage> {
  const tc = await getT(locale, 'common')
  return {
    head: pageHead({ locale, route, title, description, siteName: await siteNameOf(locale) }),
    body: (
      <PageShell
        locale={locale}
        route={route}
        query={query}
        section={frame.section}
        trail={[
          { name: tc('nav.home'), route: { page: 'home' } },
          { name: title, route },
        ]}
        fallback={frame.fallback}
        jsonLd={frame.jsonLd}
      >
        {frame.children}
      </PageShell>
    ),
  }
}

/** One record's page: Home › list › record, its heading, the source it cites and the way back. */
export async function detailPage({
  locale,
  route,
  list,
  name,
  description,
  eyebrow,
  lead,
  source,
  ...frame
}: Frame & {
  route: Route
  list: { route: Route; title: string; back: string }
  name: Shown<string>
  description: string | null | undefined
  eyebrow: ReactNode
  lead?: ReactNode
  source: string | null
}): Promise<RenderedPage> {
  const tc = await getT(locale, 'common')
  return {
    head: pageHead({
      locale,
      route,
      title: name.value,
      description,
      siteName: await siteNameOf(locale),
      type: 'article',
    }),
    body: (
      <PageShell
        locale={locale}
        route={route}
        section={frame.section}
        trail={[
          { name: tc('nav.home'), route: { page: 'home' } },
          { name: list.title, route: list.route },
          { name: name.value, route, lang: name.lang === locale ? undefined : bcp47[name.lang] },
        ]}
        fallback={frame.fallback}
        jsonLd={frame.jsonLd}
      >
        <article className="detail">
          <header className="detail__header">
            <p className="eyebrow">{eyebrow}</p>
            <h1>
              <LocalizedText shown={name} locale={locale} />
            </h1>
            {lead}
          </header>
          {frame.children}
          <SourceNote locale={locale} source={source} />
          <p className="back">
            <a href={pathFor(locale, list.route)}>{list.back}</a>
          </p>
        </article>
      </PageShell>
    ),
  }
}
