import { platformStatuses, platformTypes, platformYearEvents } from '@/domain/platformOptions'
import { Facts, websiteFact } from '@/components/Facts'
import type { RenderedPage } from '@/components/renderedPage'
import { LocalizedRichText, LocalizedText } from '@/components/LocalizedText'
import { detailPage } from '@/components/pageFrames'
import { RelatedLinks } from '@/components/RelatedLinks'
import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'
import { formatQuantity, formatYear } from '@/lib/format'
import { organization } from '@/lib/jsonLd'
import { fallbackLanguages, optionLabel, plainText } from '@/lib/localized'
import { absoluteUrl, pathFor } from '@/lib/paths'
import { getEnterprises } from '@/queries/enterprises'
import { getEvents } from '@/queries/events'
import { getMilestones } from '@/queries/milestones'
import { getPlatform } from '@/queries/platforms'
import { pointingTo, relatedGroups } from '@/lib/related'

/**
 * A cooperation platform: its facts, description and the enterprises, milestones and events linked
 * to it. Null when no published record has this slug.
 */
export async function platformPage(locale: Locale, slug: string): Promise<RenderedPage | null> {
  const platform = await getPlatform(locale, slug)
  if (!platform) return null
  const [t, enterprises, milestones, events] = await Promise.all([
    getT(locale, 'platforms'),
    getEnterprises(locale),
    getMilestones(locale),
    getEvents(locale),
  ])
  const route = { page: 'platform', slug: platform.slug } as const
  const type = optionLabel(platformTypes, platform.type, locale)
  const status = optionLabel(platformStatuses, platform.status, locale)
  const description = plainText(platform.description?.value)

  return detailPage({
    locale,
    route,
    section: 'platforms',
    list: { route: { page: 'platforms' }, title: t('title'), back: t('back') },
    name: platform.name,
    description,
    eyebrow: (
      <>
        {type}
        {status ? <span className={`tag tag--${platform.status}`}>{status}</span> : null}
      </>
    ),
    source: platform.source,
    fallback: fallbackLanguages(locale, [
      platform.name,
      platform.location,
      platform.operator,
      platform.description,
    ]),
    jsonLd: [
      organization({
        name: platform.name.value,
        url: absoluteUrl(pathFor(locale, route)),
        description,
        website: platform.website,
        address: { locality: platform.location?.value },
        // Only a founding is a foundingDate: a settling, an opening or an arrival is not.
        foundingDate: platform.yearEvent === 'founded' ? platform.openedYear : null,
      }),
    ],
    children: (
      <>
        <Facts
          items={[
            { term: t('facts.type'), value: type },
            status ? { term: t('facts.status'), value: status } : null,
            platform.openedYear
              ? {
                  term:
                    optionLabel(platformYearEvents, platform.yearEvent, locale) ?? t('facts.year'),
                  value: formatYear(platform.openedYear, locale),
                }
              : null,
            platform.location
              ? {
                  term: t('facts.location'),
                  value: <LocalizedText shown={platform.location} locale={locale} />,
                }
              : null,
            platform.operator
              ? {
                  term: t('facts.operator'),
                  value: <LocalizedText shown={platform.operator} locale={locale} />,
                }
              : null,
            platform.areaSqm !== null
              ? {
                  term: t('facts.area'),
                  value: formatQuantity(
                    platform.areaSqm,
                    { [locale]: t('facts.areaUnit') },
                    locale,
                  ),
                }
              : null,
            websiteFact(t('facts.website'), platform.website),
          ]}
        />
        {platform.description ? (
          <LocalizedRichText shown={platform.description} locale={locale} />
        ) : null}
        <RelatedLinks
          locale={locale}
          groups={relatedGroups(locale, (collection) => t(`related.${collection}`), {
            enterprises: pointingTo(enterprises, (item) => [item.platformId], platform.id),
            milestones: pointingTo(milestones, (item) => item.platformIds, platform.id),
            events: pointingTo(events, (item) => item.platformIds, platform.id),
          })}
        />
      </>
    ),
  })
}
