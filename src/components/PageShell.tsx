import type { ReactNode } from 'react'

import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'
import type { Thing } from '@/lib/jsonLd'
import { breadcrumbList } from '@/lib/jsonLd'
import { eventsFeedPath, exitPreviewPath, pathFor, type Query, type Route } from '@/lib/paths'
import { getSiteSettings } from '@/queries/globals'
import { previewMode } from '@/queries/read'

import { Breadcrumbs, type Crumb } from './Breadcrumbs'
import { FallbackNotice } from './FallbackNotice'
import { JsonLd } from './JsonLd'
import { LanguageSwitcher } from './LanguageSwitcher'
import { LocalizedText } from './LocalizedText'

export type Section = 'home' | 'milestones' | 'events' | 'enterprises' | 'platforms' | 'search'

const sections: { section: Section; route: Route }[] = [
  { section: 'milestones', route: { page: 'milestones' } },
  { section: 'events', route: { page: 'events' } },
  { section: 'enterprises', route: { page: 'enterprises' } },
  { section: 'platforms', route: { page: 'platforms' } },
  { section: 'search', route: { page: 'search' } },
]

/**
 * The frame of every public page: header with navigation and language switcher (which needs the
 * page's own route, so pages render the frame rather than the layout), breadcrumbs, the fallback
 * notice, the page, the footer and the page's structured data.
 */
export async function PageShell({
  locale,
  route,
  query,
  section,
  trail = [],
  fallback = [],
  jsonLd = [],
  children,
}: {
  locale: Locale
  route: Route
  query?: Query
  section: Section
  trail?: Crumb[]
  fallback?: Locale[]
  jsonLd?: Thing[]
  children: ReactNode
}) {
  const [t, settings, preview] = await Promise.all([
    getT(locale, 'common'),
    getSiteSettings(locale),
    previewMode(),
  ])
  const siteName = settings.siteName ?? { value: t('site.name'), lang: locale }
  const structured = trail.length > 1 ? [...jsonLd, breadcrumbList(locale, trail)] : jsonLd
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      {preview ? (
        <div className="draft-banner" role="status">
          <span>{t('preview.banner')}</span>{' '}
          <a href={exitPreviewPath(pathFor(locale, route, query))}>{t('preview.exit')}</a>
        </div>
      ) : null}
      <header className="site-header">
        <div className="wrap site-header__bar">
          <a
            className="brand"
            href={pathFor(locale, { page: 'home' })}
            aria-current={section === 'home' ? 'page' : undefined}
          >
            <LocalizedText shown={siteName} locale={locale} className="brand__name" />
            {settings.tagline ? (
              <LocalizedText shown={settings.tagline} locale={locale} className="brand__tagline" />
            ) : null}
          </a>
          <LanguageSwitcher locale={locale} route={route} query={query} />
        </div>
        <nav className="site-nav" aria-label={t('nav.label')}>
          <ul className="wrap">
            {sections.map((item) => (
              <li key={item.section}>
                <a
                  href={pathFor(locale, item.route)}
                  aria-current={item.section === section ? 'page' : undefined}
                >
                  {t(`nav.${item.section}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <div className="wrap">
        <Breadcrumbs locale={locale} trail={trail} />
      </div>
      <main id="main" className="wrap" tabIndex={-1}>
        <FallbackNotice locale={locale} languages={fallback} />
        {children}
      </main>
      <footer className="site-footer">
        <div className="wrap site-footer__grid">
          <section aria-labelledby="footer-about">
            <h2 id="footer-about">
              <LocalizedText shown={siteName} locale={locale} />
            </h2>
            {settings.description ? (
              <LocalizedText as="p" shown={settings.description} locale={locale} />
            ) : null}
          </section>
          <nav aria-labelledby="footer-sitemap">
            <h2 id="footer-sitemap">{t('footer.sitemap')}</h2>
            <ul>
              {sections.map((item) => (
                <li key={item.section}>
                  <a href={pathFor(locale, item.route)}>{t(`nav.${item.section}`)}</a>
                </li>
              ))}
              <li>
                <a href={eventsFeedPath(locale)} type="text/calendar">
                  {t('footer.calendar')}
                </a>
              </li>
            </ul>
          </nav>
          {settings.contactAddress || settings.contactEmail ? (
            <section aria-labelledby="footer-contact">
              <h2 id="footer-contact">{t('footer.contact')}</h2>
              {settings.contactAddress ? (
                <LocalizedText
                  as="p"
                  shown={settings.contactAddress}
                  locale={locale}
                  className="address"
                />
              ) : null}
              {settings.contactEmail ? (
                <p>
                  <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
                </p>
              ) : null}
            </section>
          ) : null}
          <section aria-labelledby="footer-sources">
            <h2 id="footer-sources">{t('footer.sourcesHeading')}</h2>
            <p>{t('footer.sources')}</p>
          </section>
        </div>
      </footer>
      {structured.length > 0 ? <JsonLd data={structured} /> : null}
    </>
  )
}
