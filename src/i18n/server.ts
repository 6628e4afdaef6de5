import { createInstance, type TFunction } from 'i18next'
import resourcesToBackend from 'i18next-resources-to-backend'
import { cache } from 'react'

import { bcp47, type Locale } from './locales'

/** One JSON file per namespace under `locales/<code>/`. */
export const namespaces = [
  'common',
  'home',
  'milestones',
  'events',
  'enterprises',
  'platforms',
  'search',
] as const
export type Namespace = (typeof namespaces)[number]

/**
 * An i18next instance per locale, loading `locales/<lng>/<ns>.json` on first use. UI strings exist
 * in every locale (a unit test checks the keys match), so there is no UI-string fallback.
 */
const instanceFor = cache(async (locale: Locale) => {
  const instance = createInstance()
  await instance
    .use(
      resourcesToBackend(
        (language: string, namespace: string) =>
          import(`../../locales/${language}/${namespace}.json`, { with: { type: 'json' } }),
      ),
    )
    .init({
      lng: locale,
      fallbackLng: false,
      supportedLngs: [locale],
      ns: [...namespaces],
      defaultNS: 'common',
      // React escapes; i18next's own escaping would show entities literally.
      interpolation: { escapeValue: false },
      returnNull: false,
    })
  return instance
})

/**
 * The translator for one namespace. The locale comes from the route, never from request headers:
 * reading headers would make every page dynamic.
 */
export async function getT<N extends Namespace>(locale: Locale, ns: N): Promise<TFunction<N>> {
  const instance = await instanceFor(locale)
  return instance.getFixedT(locale, ns)
}

/** Language names in the reader's language ("Englisch", "英语"), for fallback notices. */
export function languageName(of: Locale, inLocale: Locale): string {
  return (
    new Intl.DisplayNames(bcp47[inLocale], { type: 'language' }).of(bcp47[of].split('-')[0]!) ?? of
  )
}

/** "Englisch und Chinesisch" / "英语和中文". */
export function listOf(items: string[], locale: Locale): string {
  return new Intl.ListFormat(bcp47[locale], { type: 'conjunction' }).format(items)
}
