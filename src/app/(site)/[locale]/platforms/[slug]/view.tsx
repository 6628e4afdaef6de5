
import { platformStatuses, platformTypes } from '@collections/Platforms/options'
import { Facts } from '@/components/Facts'
import { LocalizedRichText, LocalizedText } from '@/components/LocalizedText'
import type { RenderedPage } from '@/components/htmlResponse'
import { PageShell } from '@/components/PageShell'
import { RelatedLinks } from '@/components/RelatedLinks'
import { SourceNote } from '@/components/SourceNote'
import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'
import { formatQuantity, formatYear } from '@/lib/format'
import { organization } from '@/lib/jsonLd'
import { fallbackLanguages, optionLabel, plainText } from '@/lib/localized'
import { pageHead } from '@/lib/head'
import { absoluteUrl, pathFor, recordPath } from '@/lib/paths'
import { getEnterprises } from '@/lib/queries/enterprises'
import { getEvents } from '@/lib/queries/events'
import { getSiteSettings } from '@/lib/queries/globals'
import { getMilestones } from '@/lib/queries/milestones'
import { getPlatform } from '@/lib/queries/platforms'
import { sameId } from '@/lib/queries/shared'

/** A cooperation platform: its facts, description and the enterprises, milestones and events linked to it. Null when no published record has this slug. */
export async function platformPage(locale: Locale, slug: string): Promise<RenderedPage | null> {
  const platform = await getPlatform(locale, slug)
  if (!platform) return null
  const [t, tc, settings, enterprises, milestones, events] = await Promise.all([
    getT(locale, 'platforms'),
    getT(locale, 'common'),
    getSiteSettings(locale),
    getEnterprises(locale),
    getMilestones(locale),
    getEvents(locale),
  ])
  const route = { page: 'platform', slug: platform.slug } as const

  const head = pageHead({
    locale,
    route,
    title: platform.name.value,
    description: plainText(platform.description?.value),
    siteName: settings.siteName?.value ?? tc('site.name'),
    type: 'article',
  })
  const body = (
    <PageShell
      locale={locale}
      route={route}
      section="platforms"
      trail={[
        { name: tc('nav.home'), route: { page: 'home' } },
        { name: t('title'), route: { page: 'platforms' } },
        { name: platform.name.value, route, lang: platform.name.lang === locale ? undefined : platform.name.lang },
      ]}
      fallback={fallbackLanguages(locale, [platform.name, platform.location, platform.operator, platform.description])}
      jsonLd={[
        organization({
          name: platform.name.value,
          url: absoluteUrl(pathFor(locale, route)),
          description: plainText(platform.description?.value),
          website: platform.website,
          address: { locality: platform.location?.value },
          foundingDate: platform.openedYear,
        }),
      ]}
    >
      <article className="detail">
        <header className="detail__header">
          <p className="eyebrow">
            {optionLabel(platformTypes, platform.type, locale)}
            <span className={`tag tag--${platform.status}`}>{optionLabel(platformStatuses, platform.status, locale)}</span>
          </p>
          <h1>
            <LocalizedText shown={platform.name} locale={locale} />
          </h1>
        </header>

        <Facts
          items={[
            { term: t('facts.type'), value: optionLabel(platformTypes, platform.type, locale) },
            { term: t('facts.status'), value: optionLabel(platformStatuses, platform.status, locale) },
            platform.openedYear ? { term: t('facts.opened'), value: formatYear(platform.openedYear, locale) } : null,
            platform.location ? { term: t('facts.location'), value: <LocalizedText shown={platform.location} locale={locale} /> } : null,
            platform.operator ? { term: t('facts.operator'), value: <LocalizedText shown={platform.operator} locale={locale} /> } : null,
            platform.areaSqm !== null
              ? { term: t('facts.area'), value: formatQuantity(platform.areaSqm, { [locale]: t('facts.areaUnit') }, locale) }
              : null,
            platform.website
              ? {
                  term: t('facts.website'),
                  value: (
                    <a href={platform.website} rel="external">
                      {platform.website.replace(/^https?:\/\//, '')}
                    </a>
                  ),
                }
              : null,
          ]}
        />

        {platform.description ? <LocalizedRichText shown={platform.description} locale={locale} /> : null}

        <RelatedLinks
          locale={locale}
          groups={[
            {
              heading: t('related.enterprises'),
              items: enterprises
                .filter((enterprise) => enterprise.platformId !== null && sameId(enterprise.platformId, platform.id))
                .map((enterprise) => ({ href: recordPath(locale, 'enterprises', enterprise), name: enterprise.name })),
            },
            {
              heading: t('related.milestones'),
              items: milestones
                .filter((milestone) => milestone.platformIds.some((id) => sameId(id, platform.id)))
                .map((milestone) => ({ href: recordPath(locale, 'milestones', milestone), name: milestone.title })),
            },
            {
              heading: t('related.events'),
              items: events
                .filter((event) => event.platformIds.some((id) => sameId(id, platform.id)))
                .map((event) => ({ href: recordPath(locale, 'events', event), name: event.title })),
            },
          ]}
        />

        <SourceNote locale={locale} source={platform.source} />
        <p className="back">
          <a href={pathFor(locale, { page: 'platforms' })}>{t('back')}</a>
        </p>
      </article>
    </PageShell>
  )
  return { head, body }
}
