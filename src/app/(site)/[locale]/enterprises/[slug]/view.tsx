
import { germanStates, industries } from '@collections/Enterprises/options'
import { Facts } from '@/components/Facts'
import { LocalizedRichText, LocalizedText } from '@/components/LocalizedText'
import type { RenderedPage } from '@/components/htmlResponse'
import { PageShell } from '@/components/PageShell'
import { RelatedLinks } from '@/components/RelatedLinks'
import { SourceNote } from '@/components/SourceNote'
import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'
import { formatMoney, formatNumber, formatYear } from '@/lib/format'
import { organization } from '@/lib/jsonLd'
import { fallbackLanguages, optionLabel, plainText } from '@/lib/localized'
import { pageHead } from '@/lib/head'
import { absoluteUrl, pathFor, recordPath } from '@/lib/paths'
import { getEnterprise } from '@/lib/queries/enterprises'
import { getEvents } from '@/lib/queries/events'
import { getSiteSettings } from '@/lib/queries/globals'
import { getMilestones } from '@/lib/queries/milestones'
import { getPlatforms } from '@/lib/queries/platforms'
import { sameId } from '@/lib/queries/shared'

/** A German enterprise in Taicang: its facts, description and related records. Null when no published record has this slug. */
export async function enterprisePage(locale: Locale, slug: string): Promise<RenderedPage | null> {
  const enterprise = await getEnterprise(locale, slug)
  if (!enterprise) return null
  const [t, tc, settings, platforms, milestones, events] = await Promise.all([
    getT(locale, 'enterprises'),
    getT(locale, 'common'),
    getSiteSettings(locale),
    getPlatforms(locale),
    getMilestones(locale),
    getEvents(locale),
  ])
  const route = { page: 'enterprise', slug: enterprise.slug } as const
  const platform = enterprise.platformId === null ? undefined : platforms.find((item) => sameId(item.id, enterprise.platformId!))
  const state = optionLabel(germanStates, enterprise.germanState, locale)

  const head = pageHead({
    locale,
    route,
    title: enterprise.name.value,
    description: plainText(enterprise.description?.value),
    siteName: settings.siteName?.value ?? tc('site.name'),
    type: 'article',
  })
  const body = (
    <PageShell
      locale={locale}
      route={route}
      section="enterprises"
      trail={[
        { name: tc('nav.home'), route: { page: 'home' } },
        { name: t('title'), route: { page: 'enterprises' } },
        { name: enterprise.name.value, route, lang: enterprise.name.lang === locale ? undefined : enterprise.name.lang },
      ]}
      fallback={fallbackLanguages(locale, [enterprise.name, enterprise.germanHeadquarters, enterprise.description])}
      jsonLd={[
        organization({
          name: enterprise.name.value,
          url: absoluteUrl(pathFor(locale, route)),
          description: plainText(enterprise.description?.value),
          website: enterprise.website,
          address: { locality: enterprise.germanHeadquarters?.value, country: enterprise.germanHeadquarters ? 'DE' : null },
        }),
      ]}
    >
      <article className="detail">
        <header className="detail__header">
          <p className="eyebrow">
            {optionLabel(industries, enterprise.industry, locale) ?? t('eyebrow')}
            {enterprise.hiddenChampion ? <span className="tag tag--champion">{t('hiddenChampion')}</span> : null}
          </p>
          <h1>
            <LocalizedText shown={enterprise.name} locale={locale} />
          </h1>
        </header>

        <Facts
          items={[
            enterprise.germanHeadquarters || state
              ? {
                  term: t('facts.headquarters'),
                  value: (
                    <>
                      {enterprise.germanHeadquarters ? <LocalizedText shown={enterprise.germanHeadquarters} locale={locale} /> : null}
                      {enterprise.germanHeadquarters && state ? ', ' : null}
                      {state}
                    </>
                  ),
                }
              : null,
            enterprise.industry ? { term: t('facts.industry'), value: optionLabel(industries, enterprise.industry, locale) } : null,
            enterprise.yearArrived ? { term: t('facts.since'), value: formatYear(enterprise.yearArrived, locale) } : null,
            enterprise.chinaHeadquarters ? { term: t('facts.chinaHeadquarters'), value: t('facts.chinaHeadquartersYes') } : null,
            enterprise.employees !== null ? { term: t('facts.employees'), value: formatNumber(enterprise.employees, locale) } : null,
            enterprise.investmentUsd !== null ? { term: t('facts.investment'), value: formatMoney(enterprise.investmentUsd, 'USD', locale) } : null,
            platform
              ? {
                  term: t('facts.platform'),
                  value: (
                    <a href={recordPath(locale, 'platforms', platform)}>
                      <LocalizedText shown={platform.name} locale={locale} />
                    </a>
                  ),
                }
              : null,
            enterprise.website
              ? {
                  term: t('facts.website'),
                  value: (
                    <a href={enterprise.website} rel="external">
                      {enterprise.website.replace(/^https?:\/\//, '')}
                    </a>
                  ),
                }
              : null,
          ]}
        />

        {enterprise.description ? <LocalizedRichText shown={enterprise.description} locale={locale} /> : null}

        <RelatedLinks
          locale={locale}
          groups={[
            {
              heading: t('related.milestones'),
              items: milestones
                .filter((milestone) => milestone.enterpriseIds.some((id) => sameId(id, enterprise.id)))
                .map((milestone) => ({ href: recordPath(locale, 'milestones', milestone), name: milestone.title })),
            },
            {
              heading: t('related.events'),
              items: events
                .filter((event) => event.enterpriseIds.some((id) => sameId(id, enterprise.id)))
                .map((event) => ({ href: recordPath(locale, 'events', event), name: event.title })),
            },
          ]}
        />

        <SourceNote locale={locale} source={enterprise.source} />
        <p className="back">
          <a href={pathFor(locale, { page: 'enterprises' })}>{t('back')}</a>
        </p>
      </article>
    </PageShell>
  )
  return { head, body }
}
