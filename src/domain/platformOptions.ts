import { optionsFrom } from './options'

export const platformTypes = optionsFrom({
  'industrial-park': { zh: '产业园区', de: 'Industriepark', en: 'Industrial park' },
  incubator: { zh: '孵化器', de: 'Inkubator', en: 'Incubator' },
  'innovation-centre': { zh: '创新中心', de: 'Innovationszentrum', en: 'Innovation centre' },
  'service-organisation': { zh: '服务机构', de: 'Serviceeinrichtung', en: 'Service organisation' },
  'representative-office': { zh: '代表处', de: 'Repräsentanz', en: 'Representative office' },
  education: { zh: '教育培训', de: 'Aus- und Weiterbildung', en: 'Education and training' },
  infrastructure: { zh: '基础设施', de: 'Infrastruktur', en: 'Infrastructure' },
})

export type PlatformType = (typeof platformTypes)[number]['value']

export const platformStatuses = optionsFrom({
  planned: { zh: '规划中', de: 'In Planung', en: 'Planned' },
  'under-construction': { zh: '建设中', de: 'Im Bau', en: 'Under construction' },
  operating: { zh: '运营中', de: 'In Betrieb', en: 'Operating' },
})

export type PlatformStatus = (typeof platformStatuses)[number]['value']

/**
 * What the article says happened in `openedYear`: a centre "settled" (落户) is not a park "opened"
 * (投用) nor an office "founded" (成立). The site labels the year with this, never with a guess.
 */
export const platformYearEvents = optionsFrom({
  founded: { zh: '成立', de: 'Gegründet', en: 'Founded' },
  settled: { zh: '落户太仓', de: 'In Taicang angesiedelt', en: 'Settled in Taicang' },
  approved: { zh: '获批', de: 'Genehmigt', en: 'Approved' },
  opened: { zh: '建成投用', de: 'In Betrieb genommen', en: 'Opened' },
  inaugurated: { zh: '揭牌', de: 'Feierlich eröffnet', en: 'Inaugurated' },
  launched: { zh: '上线', de: 'Gestartet', en: 'Launched' },
  'classes-began': { zh: '开班', de: 'Lehrbetrieb aufgenommen', en: 'Classes began' },
  'first-arrival': { zh: '首次抵达', de: 'Erstmals angekommen', en: 'First arrival' },
})

export type PlatformYearEvent = (typeof platformYearEvents)[number]['value']
