import type { Option } from '@/fields/options'

export const eventFormats = [
  { value: 'forum', label: { zh: '论坛', de: 'Forum', en: 'Forum' } },
  { value: 'summit', label: { zh: '峰会', de: 'Gipfel', en: 'Summit' } },
  { value: 'festival', label: { zh: '节庆', de: 'Fest', en: 'Festival' } },
  { value: 'signing', label: { zh: '签约仪式', de: 'Unterzeichnung', en: 'Signing ceremony' } },
  { value: 'roadshow', label: { zh: '路演', de: 'Roadshow', en: 'Roadshow' } },
  { value: 'competition', label: { zh: '竞赛', de: 'Wettbewerb', en: 'Competition' } },
  { value: 'networking', label: { zh: '交流活动', de: 'Networking', en: 'Networking' } },
  { value: 'sports', label: { zh: '体育赛事', de: 'Sport', en: 'Sports' } },
  { value: 'other', label: { zh: '其他', de: 'Sonstiges', en: 'Other' } },
] as const satisfies readonly Option[]

export type EventFormat = (typeof eventFormats)[number]['value']

export const eventStatuses = [
  // Most events are past: the label must read right for an event held long ago as for one to come.
  { value: 'scheduled', label: { zh: '如期', de: 'Wie geplant', en: 'As planned' } },
  { value: 'postponed', label: { zh: '已延期', de: 'Verschoben', en: 'Postponed' } },
  { value: 'cancelled', label: { zh: '已取消', de: 'Abgesagt', en: 'Cancelled' } },
] as const satisfies readonly Option[]

export type EventStatus = (typeof eventStatuses)[number]['value']

export const countries = [
  { value: 'CN', label: { zh: '中国', de: 'China', en: 'China' } },
  { value: 'DE', label: { zh: '德国', de: 'Deutschland', en: 'Germany' } },
  { value: 'other', label: { zh: '其他', de: 'Andere', en: 'Other' } },
] as const satisfies readonly Option[]

export type Country = (typeof countries)[number]['value']

/**
 * How much of `startDate` the source actually states. The article often gives only a year; storing
 * 1 January and showing it as a day would invent a date, so the site shows only what is known.
 */
export const datePrecisions = [
  { value: 'day', label: { zh: '日', de: 'Tag', en: 'Day' } },
  { value: 'month', label: { zh: '月', de: 'Monat', en: 'Month' } },
  { value: 'year', label: { zh: '年', de: 'Jahr', en: 'Year' } },
] as const satisfies readonly Option[]

export type DatePrecision = (typeof datePrecisions)[number]['value']

/** The field an editor ticks to have an event leave the public site once it is over (src/translation/eventWithdrawal.ts). */
export const withdrawAfterEndField = 'withdrawAfterEnd'
