import { optionsFrom } from './options'

export const eventFormats = optionsFrom({
  forum: { zh: '论坛', de: 'Forum', en: 'Forum' },
  summit: { zh: '峰会', de: 'Gipfel', en: 'Summit' },
  festival: { zh: '节庆', de: 'Fest', en: 'Festival' },
  signing: { zh: '签约仪式', de: 'Unterzeichnung', en: 'Signing ceremony' },
  roadshow: { zh: '路演', de: 'Roadshow', en: 'Roadshow' },
  competition: { zh: '竞赛', de: 'Wettbewerb', en: 'Competition' },
  networking: { zh: '交流活动', de: 'Networking', en: 'Networking' },
  sports: { zh: '体育赛事', de: 'Sport', en: 'Sports' },
  other: { zh: '其他', de: 'Sonstiges', en: 'Other' },
})

export type EventFormat = (typeof eventFormats)[number]['value']

export const eventStatuses = optionsFrom({
  // Most events are past: the label must read right for an event held long ago as for one to come.
  scheduled: { zh: '如期', de: 'Wie geplant', en: 'As planned' },
  postponed: { zh: '已延期', de: 'Verschoben', en: 'Postponed' },
  cancelled: { zh: '已取消', de: 'Abgesagt', en: 'Cancelled' },
})

export type EventStatus = (typeof eventStatuses)[number]['value']

export const countries = optionsFrom({
  CN: { zh: '中国', de: 'China', en: 'China' },
  DE: { zh: '德国', de: 'Deutschland', en: 'Germany' },
  other: { zh: '其他', de: 'Andere', en: 'Other' },
})

export type Country = (typeof countries)[number]['value']

/**
 * How much of `startDate` the source actually states. The article often gives only a year; storing
 * 1 January and showing it as a day would invent a date, so the site shows only what is known.
 */
export const datePrecisions = optionsFrom({
  day: { zh: '日', de: 'Tag', en: 'Day' },
  month: { zh: '月', de: 'Monat', en: 'Month' },
  year: { zh: '年', de: 'Jahr', en: 'Year' },
})

export type DatePrecision = (typeof datePrecisions)[number]['value']

/**
 * Events the source names without a date: the article only says the chamber evening, beer festival
 * and football match are "常态化" (held regularly), and a photo caption names a signing ceremony
 * without a year. Either marker lets `startDate` stay empty instead of an invented year.
 */
export const eventSchedules = optionsFrom({
  regular: { zh: '定期举办', de: 'Findet regelmäßig statt', en: 'Held regularly' },
  undated: {
    zh: '来源未注明日期',
    de: 'Ohne Datumsangabe in der Quelle',
    en: 'No date in the source',
  },
})

export type EventSchedule = (typeof eventSchedules)[number]['value']

/** The field an editor ticks to have an event leave the public site once it is over (src/translation/eventWithdrawal.ts). */
export const withdrawAfterEndField = 'withdrawAfterEnd'
