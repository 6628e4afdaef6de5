import {
  bcp47,
  defaultLocale,
  fallbackChains,
  isLocale,
  locales,
  sourceLocale,
} from '@/i18n/locales'
import { payloadLocalization } from '@/config/payloadLocalization'

describe('locale configuration', () => {
  it('has Chinese as the default and source locale', () => {
    expect(locales).toEqual(['zh', 'de', 'en'])
    expect(defaultLocale).toBe('zh')
    expect(sourceLocale).toBe('zh')
  })

  it('falls back de → en → zh and en → de → zh, ending at the source for every locale', () => {
    expect(fallbackChains.de).toEqual(['en', 'zh'])
    expect(fallbackChains.en).toEqual(['de', 'zh'])
    for (const locale of locales) {
      const chain = fallbackChains[locale]
      expect(chain).not.toContain(locale)
      if (locale !== sourceLocale) expect(chain[chain.length - 1]).toBe(sourceLocale)
    }
  })

  it('gives Payload the same codes and chains', () => {
    const payloadLocales =
      payloadLocalization && 'locales' in payloadLocalization ? payloadLocalization.locales : []
    expect(
      payloadLocales.map((locale) => (typeof locale === 'string' ? locale : locale.code)),
    ).toEqual([...locales])
    const de = payloadLocales.find((locale) => typeof locale !== 'string' && locale.code === 'de')
    expect(de && typeof de !== 'string' ? de.fallbackLocale : undefined).toEqual(['en', 'zh'])
    expect(payloadLocalization && payloadLocalization.defaultLocale).toBe('zh')
  })

  it('maps each locale to a valid BCP 47 tag', () => {
    for (const locale of locales) {
      expect(Intl.getCanonicalLocales(bcp47[locale])).toEqual([bcp47[locale]])
    }
  })

  it('recognises only configured locales', () => {
    expect(isLocale('de')).toBe(true)
    expect(isLocale('fr')).toBe(false)
    expect(isLocale('all')).toBe(false)
    expect(isLocale(undefined)).toBe(false)
  })
})
