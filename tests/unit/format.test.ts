import {
  formatCompact,
  formatDate,
  formatMoney,
  formatQuantity,
  formatYear,
  isoDate,
} from '@/lib/format'

// Intl separates number and unit with no-break spaces; compare what a reader sees.
const plain = (text: string) => text.replace(/\s/g, ' ')

describe('numbers and money per locale', () => {
  it('writes 829 million US dollars the way each language does', () => {
    expect(formatMoney(829_000_000, 'USD', 'zh')).toBe('8.29亿美元')
    expect(plain(formatMoney(829_000_000, 'USD', 'de'))).toBe('829 Mio. USD')
    expect(plain(formatMoney(829_000_000, 'USD', 'en'))).toBe('USD 829 million')
  })

  it('writes yuan as 元 in Chinese and billions in words', () => {
    expect(formatMoney(60_000_000_000, 'CNY', 'zh')).toBe('600亿元')
    expect(plain(formatMoney(60_000_000_000, 'CNY', 'de'))).toBe('60 Mrd. CNY')
    expect(plain(formatMoney(60_000_000_000, 'CNY', 'en'))).toBe('CNY 60 billion')
  })

  it('keeps small amounts exact', () => {
    expect(plain(formatMoney(4_500, 'USD', 'de'))).toBe('4.500 USD')
    expect(formatCompact(450, 'zh')).toBe('450')
  })

  it('formats key figures with the unit the CMS stores per locale', () => {
    const companies = { zh: '家', de: 'Unternehmen', en: 'companies' }
    expect(formatQuantity(450, companies, 'zh')).toBe('450家')
    expect(formatQuantity(450, companies, 'de')).toBe('450 Unternehmen')
    expect(formatQuantity(450, companies, 'en')).toBe('450 companies')

    const perMu = { zh: '元/亩', de: 'CNY je Mu', en: 'CNY per mu' }
    expect(formatQuantity(14_000_000, perMu, 'zh')).toBe('1400万元/亩')
    expect(plain(formatQuantity(14_000_000, perMu, 'de'))).toBe('14 Mio. CNY je Mu')
    expect(plain(formatQuantity(14_000_000, perMu, 'en'))).toBe('CNY 14 million per mu')

    const area = { zh: '平方米', de: 'm²', en: 'm²' }
    expect(formatQuantity(1_000_000, area, 'zh')).toBe('100万平方米')
    expect(plain(formatQuantity(1_000_000, area, 'de'))).toBe('1 Mio. m²')
    expect(plain(formatQuantity(1_000_000, area, 'en'))).toBe('1 million m²')
  })

  it('formats percentages per locale', () => {
    const percent = { zh: '%', de: '%', en: '%' }
    expect(formatQuantity(50, percent, 'zh')).toBe('50%')
    expect(plain(formatQuantity(50, percent, 'de'))).toBe('50 %')
    expect(formatQuantity(90, percent, 'en')).toBe('90%')
  })

  it('uses the fallback locale’s unit when the reader’s is missing', () => {
    expect(formatQuantity(265, { zh: '个', en: 'projects' }, 'de')).toBe('265 projects')
  })
})

describe('dates to the precision the source gives', () => {
  // Stored as the seed stores a year-only date: 1 January, midnight UTC.
  const yearOnly = '2012-01-01T00:00:00.000Z'

  it('shows only the year for a year-precision date, never 1 January', () => {
    expect(formatDate(yearOnly, 'zh', { precision: 'year' })).toBe('2012年')
    expect(formatDate(yearOnly, 'de', { precision: 'year' })).toBe('2012')
    expect(formatDate(yearOnly, 'en', { precision: 'year' })).toBe('2012')
    for (const locale of ['zh', 'de', 'en'] as const) {
      expect(formatDate(yearOnly, locale, { precision: 'year' })).not.toMatch(
        /1月|Januar|January|1\./,
      )
    }
  })

  it('shows month and year for a month-precision date', () => {
    const march = '2019-03-01T00:00:00.000Z'
    expect(formatDate(march, 'zh', { precision: 'month' })).toBe('2019年3月')
    expect(formatDate(march, 'de', { precision: 'month' })).toBe('März 2019')
    expect(formatDate(march, 'en', { precision: 'month' })).toBe('March 2019')
  })

  it('shows the day, and the time in Taicang when one was entered', () => {
    // 01:30 UTC is 09:30 in Asia/Shanghai.
    expect(formatDate('2026-03-15T01:30:00.000Z', 'de', { precision: 'day' })).toBe(
      '15. März 2026 um 9:30',
    )
    expect(formatDate('2026-03-15T01:30:00.000Z', 'zh', { precision: 'day' })).toMatch(
      /^2026年3月15日.*9:30$/,
    )
    // Midnight in Shanghai (16:00 UTC the day before) is a date without a time.
    expect(formatDate('2026-03-14T16:00:00.000Z', 'en', { precision: 'day' })).toBe(
      'March 15, 2026',
    )
  })

  it('formats a range when there is an end', () => {
    expect(
      plain(
        formatDate('2026-03-14T16:00:00.000Z', 'de', {
          precision: 'day',
          end: '2026-03-16T16:00:00.000Z',
        }),
      ),
    ).toBe('15.–17. März 2026')
  })

  it('writes ISO 8601 to the known precision, in +08:00', () => {
    expect(isoDate(yearOnly, 'year')).toBe('2012')
    expect(isoDate('2019-03-01T00:00:00.000Z', 'month')).toBe('2019-03')
    expect(isoDate('2026-03-15T01:30:00.000Z', 'day')).toBe('2026-03-15T09:30:00+08:00')
  })

  it('writes a bare year as a heading', () => {
    expect(formatYear(1993, 'zh')).toBe('1993年')
    expect(formatYear(1993, 'de')).toBe('1993')
  })
})
