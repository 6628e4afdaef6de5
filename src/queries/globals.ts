import { perRequest } from '@/lib/requestMemo'

import type { Locale } from '@/i18n/locales'

import { cacheTags } from '@/lib/cacheTags'
import { show, type Localized, type Shown } from '@/lib/localized'
import type { KeyFigure as KeyFiguresGlobal, SiteSetting } from '@/payload-types'

import { localizedGlobalFields, type AllLocales } from './allLocales'
import { cachedRead, inAllLocales, payloadClient, readOptions } from './read'

export type SiteSettings = {
  /** Null only on a database nobody has seeded or filled in yet; the UI then names the site itself. */
  siteName: Shown<string> | null
  tagline: Shown<string> | null
  description: Shown<string> | null
  /** The article's statements beyond single numbers, and its outlook; paragraphs split by blank lines. */
  overview: Shown<string> | null
  outlook: Shown<string> | null
  contactEmail: string | null
  contactAddress: Shown<string> | null
}

export type KeyFigure = {
  key: string
  label: Shown<string>
  value: number
  /** Every locale's unit: formatting looks at the English one to recognise a currency code. */
  unit: Localized<string>
  qualifier: 'exactly' | 'atLeast'
  asOfYear: number | null
  source: string | null
}

type StoredSettings = AllLocales<
  SiteSetting,
  (typeof localizedGlobalFields)['site-settings'][number]
>

type StoredFigure = AllLocales<
  NonNullable<KeyFiguresGlobal['figures']>[number],
  (typeof localizedGlobalFields)['key-figures'][number]
>

export const getSiteSettings = perRequest((locale: Locale) =>
  cachedRead(
    ['site-settings', locale],
    [cacheTags.global('site-settings')],
    async (mode): Promise<SiteSettings> => {
      const payload = await payloadClient()
      const raw = inAllLocales<StoredSettings>(
        await payload.findGlobal({ slug: 'site-settings', ...readOptions(mode) }),
      )
      return {
        siteName: show(raw.siteName, locale),
        tagline: show(raw.tagline, locale),
        description: show(raw.description, locale),
        overview: show(raw.overview, locale),
        outlook: show(raw.outlook, locale),
        contactEmail: raw.contactEmail ?? null,
        contactAddress: show(raw.contactAddress, locale),
      }
    },
  ),
)

export const getKeyFigures = perRequest((locale: Locale) =>
  cachedRead(
    ['key-figures', locale],
    [cacheTags.global('key-figures')],
    async (mode): Promise<KeyFigure[]> => {
      const payload = await payloadClient()
      const raw = inAllLocales<{ figures?: StoredFigure[] | null }>(
        await payload.findGlobal({ slug: 'key-figures', ...readOptions(mode) }),
      )
      return (raw.figures ?? []).flatMap((figure) => {
        const label = show(figure.label, locale)
        if (!label) return []
        return [
          {
            key: figure.key,
            label,
            value: figure.value,
            unit: figure.unit ?? {},
            qualifier: figure.qualifier ?? 'exactly',
            asOfYear: figure.asOfYear ?? null,
            source: figure.source ?? null,
          },
        ]
      })
    },
  ),
)
