import type { RenderedPage } from '@/components/renderedPage'
import { EventList } from '@/components/EventList'
import { KeyFigures } from '@/components/KeyFigures'
import { LocalizedText, Paragraphs } from '@/components/LocalizedText'
import { MilestoneItem } from '@/components/MilestoneItem'
import { PageShell } from '@/components/PageShell'
import { PlatformCard } from '@/components/PlatformCard'
import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'
import { isPast, isUpcoming } from '@/lib/events'
import { publisher, website } from '@/lib/jsonLd'
import { fallbackLanguages, type Shown } from '@/lib/localized'
import { pageHead } from '@/lib/head'
import { eventsFeedPath, pathFor } from '@/lib/paths'
import { getEvents } from '@/queries/events'
import { getKeyFigures, getSiteSettings } from '@/queries/globals'
import { getMilestones } from '@/queries/milestones'
import { highlightedPlatforms } from '@/queries/highlights'
import { getPlatforms } from '@/queries/platforms'

/** The home page: who publishes the site, key figures, latest milestones, events, highlighted platforms. */
export async function homePage(locale: Locale): Promise<RenderedPage> {
  const [t, tc, settings, figures, milestones, events, platforms] = await Promise.all([
    getT(locale, 'home'),
    getT(locale, 'common'),
    getSiteSettings(locale),
    getKeyFigures(locale),
    getMilestones(locale),
    getEvents(locale),
    getPlatforms(locale),
  ])
  const now = new Date()
  const upcoming = events
    .filter((event) => isUpcoming(event, now))
    .reverse()
    .slice(0, 3)
  const recent = events.filter((event) => isPast(event, now)).slice(0, 3)
  const latest = milestones.slice(-4).reverse()
  const highlighted = highlightedPlatforms(platforms, 6)
  const siteName = settings.siteName ?? { value: tc('site.name'), lang: locale }
  const fallback = fallbackLanguages(locale, [
    settings.siteName,
    settings.tagline,
    settings.description,
    settings.overview,
    settings.outlook,
    ...figures.map((figure) => figure.label),
    ...latest.flatMap((milestone) => [milestone.title, milestone.summary]),
    ...[...upcoming, ...recent].flatMap((event) => [event.title, event.summary]),
    ...highlighted.map((platform) => platform.name),
  ])

  const name = siteName.value
  const head = pageHead({
    locale,
    route: { page: 'home' },
    title: settings.tagline ? `${name} – ${settings.tagline.value}` : name,
    description: settings.description?.value,
    siteName: name,
  })
  /** A section of the site settings' plain text (overview, outlook), left out while it is empty. */
  const textSection = (id: string, heading: string, shown: Shown<string> | null) =>
    shown ? (
      <section aria-labelledby={`${id}-title`} className="section">
        <h2 id={`${id}-title`}>{heading}</h2>
        <Paragraphs shown={shown} locale={locale} />
      </section>
    ) : null
  const body = (
    <PageShell
      locale={locale}
      route={{ page: 'home' }}
      section="home"
      fallback={fallback}
      jsonLd={[
        publisher(locale, {
          name: siteName.value,
          description: settings.description?.value,
          email: settings.contactEmail,
        }),
        website(locale, siteName.value),
      ]}
    >
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">
          <LocalizedText shown={siteName} locale={locale} />
          {settings.tagline ? (
            <>
              <span className="visually-hidden"> – </span>
              <LocalizedText shown={settings.tagline} locale={locale} className="hero__tagline" />
            </>
          ) : null}
        </h1>
        {settings.description ? (
          <LocalizedText as="p" shown={settings.description} locale={locale} className="lead" />
        ) : null}
        <ul className="quick-links">
          <li>
            <a href={pathFor(locale, { page: 'enterprises' })}>{t('quickLinks.enterprises')}</a>
          </li>
          <li>
            <a href={pathFor(locale, { page: 'platforms' })}>{t('quickLinks.platforms')}</a>
          </li>
          <li>
            <a href={pathFor(locale, { page: 'milestones' })}>{t('quickLinks.milestones')}</a>
          </li>
        </ul>
      </section>

      {textSection('overview', t('overview.heading'), settings.overview)}

      {figures.length > 0 ? (
        <section aria-labelledby="figures-title" className="section">
          <h2 id="figures-title">{t('figures.heading')}</h2>
          <KeyFigures locale={locale} figures={figures} />
        </section>
      ) : null}

      <div className="columns">
        <section aria-labelledby="milestones-title" className="section">
          <h2 id="milestones-title">{t('milestones.heading')}</h2>
          <ol className="timeline timeline--compact">
            {latest.map((milestone) => (
              <MilestoneItem
                key={milestone.id}
                milestone={milestone}
                locale={locale}
                headingLevel={3}
                compact
              />
            ))}
          </ol>
          <p className="more">
            <a href={pathFor(locale, { page: 'milestones' })}>{t('milestones.all')}</a>
          </p>
        </section>

        <section aria-labelledby="events-title" className="section">
          <h2 id="events-title">{t('events.heading')}</h2>
          <h3>{t('events.upcoming')}</h3>
          {upcoming.length > 0 ? (
            <EventList events={upcoming} locale={locale} headingLevel={4} />
          ) : (
            <p className="empty">{t('events.noneUpcoming')}</p>
          )}
          <h3>{t('events.recent')}</h3>
          <EventList events={recent} locale={locale} headingLevel={4} />
          <p className="more">
            <a href={pathFor(locale, { page: 'events' })}>{t('events.all')}</a>
            {' · '}
            <a href={eventsFeedPath(locale)} type="text/calendar">
              {t('events.subscribe')}
            </a>
          </p>
        </section>
      </div>

      {textSection('outlook', t('outlook.heading'), settings.outlook)}

      {highlighted.length > 0 ? (
        <section aria-labelledby="platforms-title" className="section">
          <h2 id="platforms-title">{t('platforms.heading')}</h2>
          <p>{t('platforms.intro')}</p>
          <ul className="cards">
            {highlighted.map((platform) => (
              <li key={platform.id}>
                <PlatformCard platform={platform} locale={locale} headingLevel={3} />
              </li>
            ))}
          </ul>
          <p className="more">
            <a href={pathFor(locale, { page: 'platforms' })}>{t('platforms.all')}</a>
          </p>
        </section>
      ) : null}
    </PageShell>
  )
  return { head, body }
}
