import { platformStatuses, platformTypes, platformYearEvents } from '@/domain/platformOptions'
import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'
import { formatYear } from '@/lib/format'
import { optionLabel } from '@/lib/localized'
import { pathFor } from '@/lib/paths'
import type { PlatformSummary } from '@/queries/platforms'

import { LocalizedText } from './LocalizedText'

export async function PlatformCard({
  platform,
  locale,
  headingLevel,
  showType = true,
}: {
  platform: PlatformSummary
  locale: Locale
  headingLevel: 2 | 3 | 4
  showType?: boolean
}) {
  const t = await getT(locale, 'platforms')
  const Heading = `h${headingLevel}` as const
  return (
    <article className="card">
      <Heading className="card__title">
        <a href={pathFor(locale, { page: 'platform', slug: platform.slug })}>
          <LocalizedText shown={platform.name} locale={locale} />
        </a>
      </Heading>
      <p className="card__meta">
        {showType ? (
          <span className="tag">{optionLabel(platformTypes, platform.type, locale)}</span>
        ) : null}
        {platform.status ? (
          <span className={`tag tag--${platform.status}`}>
            {optionLabel(platformStatuses, platform.status, locale)}
          </span>
        ) : null}
        {platform.openedYear ? (
          <span>
            {platform.yearEvent
              ? t('yearWithEvent', {
                  event: optionLabel(platformYearEvents, platform.yearEvent, locale),
                  year: formatYear(platform.openedYear, locale),
                })
              : formatYear(platform.openedYear, locale)}
          </span>
        ) : null}
      </p>
      {platform.location ? (
        <p className="card__place">
          <span className="visually-hidden">{t('facts.location')}: </span>
          <LocalizedText shown={platform.location} locale={locale} />
        </p>
      ) : null}
    </article>
  )
}
