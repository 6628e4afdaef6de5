import { createInstance, type TFunction } from 'i18next'
import resourcesToBackend from 'i18next-resources-to-backend'

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
 * in every locale (a unit test checks the keys match), so there is no UI-string fallback. The
 * strings are part of the build and never change while the server runs, so each locale's instance
 * is made once per process (React's cache() did not keep it even for one request: see
 * src/lib/requestMemo.ts).
 */
const instances = new Map<Locale, Promise<ReturnType<typeof createInstance>>>()

function instanceFor(locale: Locale): Promise<ReturnType<typeof createInstance>> {
  let instance = instances.get(locale)
  if (!instance) {
    instance = createLocaleInstance(locale)
    instances.set(locale, instance)
    // A failed load (a missing file) is tried again on the next page rather than kept.
    instance.catch(() => instances.delete(locale))
  }
  return instance
}

async function createLocaleInstance(locale: Locale) {
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
}

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
