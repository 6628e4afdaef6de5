import { germanStates, industries } from '@/domain/enterpriseOptions'
import { Facts, websiteFact } from '@/components/Facts'
import type { RenderedPage } from '@/components/renderedPage'
import { LocalizedRichText, LocalizedText } from '@/components/LocalizedText'
import { detailPage } from '@/components/pageFrames'
import { RelatedLinks } from '@/components/RelatedLinks'
import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'
import { formatMoney, formatNumber, formatYear } from '@/lib/format'
import { organization } from '@/lib/jsonLd'
import { fallbackLanguages, optionLabel, plainText } from '@/lib/localized'
import { absoluteUrl, pathFor, recordPath } from '@/lib/paths'
import { getEnterprise } from '@/queries/enterprises'
import { getEvents } from '@/queries/events'
import { getMilestones } from '@/queries/milestones'
import { getPlatforms } from '@/queries/platforms'
import { pointingTo, relatedGroups, withIds } from '@/lib/related'

/** A German enterprise in Taicang: its facts, description and related records. Null when no published record has this slug. */
export async function enterprisePage(locale: Locale, slug: string): Promise<RenderedPage | null> {
  const enterprise = await getEnterprise(locale, slug)
  if (!enterprise) return null
  const [t, platforms, milestones, events] = await Promise.all([
    getT(locale, 'enterprises'),
    getPlatforms(locale),
    getMilestones(locale),
    getEvents(locale),
  ])
  const route = { page: 'enterprise', slug: enterprise.slug } as const
  const [platform] =
    enterprise.platformId === null ? [] : withIds(platforms, [enterprise.platformId])
  const state = optionLabel(germanStates, enterprise.germanState, locale)
  const description = plainText(enterprise.description?.value)

  return detailPage({
    locale,
    route,
    section: 'enterprises',
    list: { route: { page: 'enterprises' }, title: t('title'), back: t('back') },
    name: enterprise.name,
    description,
    eyebrow: (
      <>
        {optionLabel(industries, enterprise.industry, locale) ?? t('eyebrow')}
        {enterprise.hiddenChampion ? (
          <span className="tag tag--champion">{t('hiddenChampion')}</span>
        ) : null}
      </>
    ),
    source: enterprise.source,
    fallback: fallbackLanguages(locale, [
      enterprise.name,
      enterprise.germanHeadquarters,
      enterprise.description,
    ]),
    jsonLd: [
      organization({
        name: enterprise.name.value,
        url: absoluteUrl(pathFor(locale, route)),
        description,
        website: enterprise.website,
        address: {
          locality: enterprise.germanHeadquarters?.value,
          country: enterprise.germanHeadquarters ? 'DE' : null,
        },
      }),
    ],
    children: (
      <>
        <Facts
          items={[
            enterprise.germanHeadquarters || state
              ? {
                  term: t('facts.headquarters'),
                  value: (
                    <>
                      {enterprise.germanHeadquarters ? (
                        <LocalizedText shown={enterprise.germanHeadquarters} locale={locale} />
                      ) : null}
                      {enterprise.germanHeadquarters && state ? ', ' : null}
                      {state}
                    </>
                  ),
                }
              : null,
            enterprise.industry
              ? {
                  term: t('facts.industry'),
                  value: optionLabel(industries, enterprise.industry, locale),
                }
              : null,
            enterprise.yearArrived
              ? { term: t('facts.since'), value: formatYear(enterprise.yearArrived, locale) }
              : null,
            enterprise.chinaHeadquarters
              ? { term: t('facts.chinaHeadquarters'), value: t('facts.chinaHeadquartersYes') }
              : null,
            enterprise.employees !== null
              ? { term: t('facts.employees'), value: formatNumber(enterprise.employees, locale) }
              : null,
            enterprise.investmentUsd !== null
              ? {
                  term: t('facts.investment'),
                  value: formatMoney(enterprise.investmentUsd, 'USD', locale),
                }
              : null,
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
            websiteFact(t('facts.website'), enterprise.website),
          ]}
        />
        {enterprise.description ? (
          <LocalizedRichText shown={enterprise.description} locale={locale} />
        ) : null}
        <RelatedLinks
          locale={locale}
          groups={relatedGroups(locale, (collection) => t(`related.${collection}`), {
            milestones: pointingTo(milestones, (item) => item.enterpriseIds, enterprise.id),
            events: pointingTo(events, (item) => item.enterpriseIds, enterprise.id),
          })}
        />
      </>
    ),
  })
}
