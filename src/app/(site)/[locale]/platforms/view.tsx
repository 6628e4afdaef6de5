import { platformTypes } from '@/domain/platformOptions'
import type { RenderedPage } from '@/components/renderedPage'
import { listPage } from '@/components/pageFrames'
import { PlatformCard } from '@/components/PlatformCard'
import { getT } from '@/i18n/server'
import { bcp47, type Locale } from '@/i18n/locales'
import { itemList } from '@/lib/jsonLd'
import { fallbackLanguages } from '@/lib/localized'
import { absoluteUrl, pathFor } from '@/lib/paths'
import { getPlatforms } from '@/queries/platforms'

/** The cooperation platforms, grouped by type. */
export async function platformsPage(locale: Locale): Promise<RenderedPage> {
  const [t, platforms] = await Promise.all([getT(locale, 'platforms'), getPlatforms(locale)])
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-u-co-pinyin' : bcp47[locale])
  const groups = platformTypes
    .map((type) => ({
      type,
      items: platforms
        .filter((platform) => platform.type === type.value)
        .sort((a, b) => collator.compare(a.name.value, b.name.value)),
    }))
    .filter((group) => group.items.length > 0)

  return listPage({
    locale,
    route: { page: 'platforms' },
    section: 'platforms',
    title: t('title'),
    description: t('description'),
    fallback: fallbackLanguages(
      locale,
      platforms.flatMap((platform) => [platform.name, platform.location]),
    ),
    jsonLd: [
      itemList(
        t('title'),
        groups
          .flatMap((group) => group.items)
          .map((platform) => ({
            name: platform.name.value,
            url: absoluteUrl(pathFor(locale, { page: 'platform', slug: platform.slug })),
          })),
      ),
    ],
    children: (
      <>
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>

        {groups.length > 1 ? (
          <nav className="toc" aria-label={t('types')}>
            <ul>
              {groups.map((group) => (
                <li key={group.type.value}>
                  <a href={`#type-${group.type.value}`}>
                    {group.type.label[locale]} <span className="count">({group.items.length})</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}

        {groups.length === 0 ? <p className="empty">{t('empty')}</p> : null}
        {groups.map((group) => (
          <section
            key={group.type.value}
            className="section"
            aria-labelledby={`type-${group.type.value}`}
          >
            <h2 id={`type-${group.type.value}`}>{group.type.label[locale]}</h2>
            <ul className="cards">
              {group.items.map((platform) => (
                <li key={platform.id}>
                  <PlatformCard
                    platform={platform}
                    locale={locale}
                    headingLevel={3}
                    showType={false}
                  />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </>
    ),
  })
}
