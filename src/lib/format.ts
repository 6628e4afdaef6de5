import { bcp47, type Locale } from '@/i18n/locales'

import { show, type Localized } from './localized'

/** The office is in Taicang: dates and times are Chinese Standard Time whatever the server's zone. */
export const siteTimeZone = 'Asia/Shanghai'

export type DatePrecision = 'day' | 'month' | 'year'

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(bcp47[locale]).format(value)
}

/**
 * How each language writes large amounts in running text: 8.29亿 (亿 and 万 are the Chinese
 * units), 829 Mio., 829 million. `currencyName` replaces a CLDR name where usage differs: amounts
 * in yuan are written 元, not 人民币.
 */
const presentation: Record<
  Locale,
  {
    compactDisplay: 'short' | 'long'
    currencyDisplay: 'name' | 'code'
    currencyName?: Record<string, string>
  }
> = {
  zh: { compactDisplay: 'short', currencyDisplay: 'name', currencyName: { CNY: '元' } },
  de: { compactDisplay: 'short', currencyDisplay: 'code' },
  en: { compactDisplay: 'long', currencyDisplay: 'code' },
}

/** A large count in words: 8.29亿 / 829 Mio. / 829 million; small numbers stay as they are. */
export function formatCompact(value: number, locale: Locale): string {
  if (Math.abs(value) < 10_000) return formatNumber(value, locale)
  return new Intl.NumberFormat(bcp47[locale], {
    notation: 'compact',
    compactDisplay: presentation[locale].compactDisplay,
    maximumSignificantDigits: 3,
  }).format(value)
}

/** An amount of money: 8.29亿美元 / 829 Mio. USD / USD 829 million. */
export function formatMoney(value: number, currency: string, locale: Locale): string {
  const style = presentation[locale]
  const compact = Math.abs(value) >= 10_000
  const parts = new Intl.NumberFormat(bcp47[locale], {
    style: 'currency',
    currency,
    currencyDisplay: style.currencyDisplay,
    ...(compact
      ? { notation: 'compact', maximumSignificantDigits: 3 }
      : { maximumFractionDigits: 0 }),
  }).formatToParts(value)
  // ICU ignores `compactDisplay: 'long'` for currencies ("USD 829M"), so the number (from its first
  // to its last digit or compact suffix, spaces between included) is replaced by the compact form
  // the language uses in running text.
  const numeric = ['integer', 'group', 'decimal', 'fraction', 'compact', 'minusSign']
  const first = parts.findIndex((part) => numeric.includes(part.type))
  const last = parts.findLastIndex((part) => numeric.includes(part.type))
  const text = (list: Intl.NumberFormatPart[]) =>
    list
      .map((part) =>
        part.type === 'currency' ? (style.currencyName?.[currency] ?? part.value) : part.value,
      )
      .join('')
  const number = compact ? formatCompact(value, locale) : text(parts.slice(first, last + 1))
  return `${text(parts.slice(0, first))}${number}${text(parts.slice(last + 1))}`.trim()
}

const currencyUnit = /^([A-Z]{3})\b\s*(.*)$/

/**
 * A figure with its unit as the CMS stores it (value in full, unit per locale). A unit that starts
 * with an ISO currency code (`USD`, `CNY je Mu`) is formatted as money, with the rest of the unit
 * (`je Mu`, `/亩`) kept in the reader's language.
 */
export function formatQuantity(
  value: number,
  unit: Localized<string> | null | undefined,
  locale: Locale,
): string {
  const own = show(unit, locale)?.value.trim() ?? ''
  const code = [unit?.en, unit?.de].map((text) => text?.trim().match(currencyUnit)).find(Boolean)
  if (code) {
    const currency = code[1]!
    const rest = currencyRest(own, currency, locale)
    return `${formatMoney(value, currency, locale)}${rest}`
  }
  if (own === '%') {
    return new Intl.NumberFormat(bcp47[locale], {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(value / 100)
  }
  const number = formatCompact(value, locale)
  if (!own) return number
  return locale === 'zh' ? `${number}${own}` : `${number} ${own}`
}

function currencyRest(unit: string, currency: string, locale: Locale): string {
  if (locale === 'zh') {
    const names = [
      presentation.zh.currencyName?.[currency],
      new Intl.DisplayNames('zh', { type: 'currency' }).of(currency),
    ]
    const name = names.find((candidate) => candidate && unit.startsWith(candidate))
    return name ? unit.slice(name.length) : ''
  }
  const match = unit.match(currencyUnit)
  return match?.[2] ? ` ${match[2]}` : ''
}

type ZonedParts = {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

/** The wall-clock reading of `date` in `timeZone`. */
export function zonedParts(date: Date, timeZone = siteTimeZone): ZonedParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(date)
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value)
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  }
}

/** The instant at which the wall clock in `timeZone` reads the given time. */
export function zonedTime(year: number, month: number, day: number, timeZone = siteTimeZone): Date {
  const guess = Date.UTC(year, month - 1, day)
  // The offset at the guess can differ from the one at the answer across a DST change; one
  // correction settles it.
  const first = guess - offsetMinutes(new Date(guess), timeZone) * 60_000
  return new Date(guess - offsetMinutes(new Date(first), timeZone) * 60_000)
}

/** Minutes east of UTC in `timeZone` at `date` (480 for Shanghai). */
export function offsetMinutes(date: Date, timeZone = siteTimeZone): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value
  const match = name?.match(/GMT([+-])(\d{2}):?(\d{2})?/)
  if (!match) return 0
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0))
}

/** ISO 8601 to the precision that is known: `2012`, `2012-03`, or a full time with its +08:00 offset. */
export function isoDate(value: string | Date, precision: DatePrecision = 'day'): string {
  const date = new Date(value)
  const { year, month, day, hour, minute, second } = zonedParts(date)
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  if (precision === 'year') return pad(year, 4)
  if (precision === 'month') return `${pad(year, 4)}-${pad(month)}`
  const offset = offsetMinutes(date)
  const sign = offset < 0 ? '-' : '+'
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${zone}`
}

const precisionOptions: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
}

/**
 * A date to the precision the source gives: 2012年 / 2012 (never "1 January 2012" for a year),
 * März 2012, 15. März 2012; with the time when one was entered, and as a range when there is an end.
 */
export function formatDate(
  start: string | Date,
  locale: Locale,
  { precision = 'day', end }: { precision?: DatePrecision; end?: string | Date | null } = {},
): string {
  const from = new Date(start)
  const until = end ? new Date(end) : null
  const withTime = precision === 'day' && [from, until].some((date) => date && hasTime(date))
  const format = new Intl.DateTimeFormat(bcp47[locale], {
    ...precisionOptions[precision],
    ...(withTime ? { hour: 'numeric', minute: '2-digit' } : {}),
    timeZone: siteTimeZone,
  })
  return until && until > from ? format.formatRange(from, until) : format.format(from)
}

/** A bare year, as a heading: 1993年 / 1993. */
export function formatYear(year: number, locale: Locale): string {
  return new Intl.DateTimeFormat(bcp47[locale], { year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, 6, 1),
  )
}

function hasTime(date: Date): boolean {
  const { hour, minute } = zonedParts(date)
  return hour !== 0 || minute !== 0
}
