import { negotiateLocale, parseAcceptLanguage } from '@/lib/negotiateLocale'

describe('choosing the reader’s language at /', () => {
  it('reads Accept-Language in order of preference', () => {
    expect(parseAcceptLanguage('fr;q=0.4, de-AT, en;q=0.8, *;q=0.1, es;q=0')).toEqual([
      'de-AT',
      'en',
      'fr',
    ])
    expect(parseAcceptLanguage('')).toEqual([])
    expect(parseAcceptLanguage('not a tag!, de')).toEqual(['de'])
  })

  it('matches regional and script variants to the site’s languages', () => {
    expect(negotiateLocale('de-AT,de;q=0.9,en;q=0.8')).toBe('de')
    expect(negotiateLocale('de-CH')).toBe('de')
    expect(negotiateLocale('en-US,en;q=0.9')).toBe('en')
    expect(negotiateLocale('zh-CN,zh;q=0.9')).toBe('zh')
    expect(negotiateLocale('zh-TW')).toBe('zh')
  })

  it('takes the first language the site has', () => {
    expect(negotiateLocale('fr-FR,fr;q=0.9,en;q=0.5')).toBe('en')
    expect(negotiateLocale('ja,de;q=0.3')).toBe('de')
  })

  it('falls back to Chinese when nothing matches or nothing is asked', () => {
    expect(negotiateLocale('fr-FR,fr;q=0.9')).toBe('zh')
    expect(negotiateLocale(null)).toBe('zh')
    expect(negotiateLocale('*')).toBe('zh')
  })

  it('prefers the reader’s earlier choice over the browser', () => {
    expect(negotiateLocale('de-DE', 'en')).toBe('en')
    expect(negotiateLocale('de-DE', 'fr')).toBe('de')
  })
})
