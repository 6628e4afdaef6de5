import type { Option } from '@/fields/options'

export const platformTypes = [
  {
    value: 'industrial-park',
    label: { zh: '产业园区', de: 'Industriepark', en: 'Industrial park' },
  },
  { value: 'incubator', label: { zh: '孵化器', de: 'Inkubator', en: 'Incubator' } },
  {
    value: 'innovation-centre',
    label: { zh: '创新中心', de: 'Innovationszentrum', en: 'Innovation centre' },
  },
  {
    value: 'service-organisation',
    label: { zh: '服务机构', de: 'Serviceeinrichtung', en: 'Service organisation' },
  },
  {
    value: 'representative-office',
    label: { zh: '代表处', de: 'Repräsentanz', en: 'Representative office' },
  },
  {
    value: 'education',
    label: { zh: '教育培训', de: 'Aus- und Weiterbildung', en: 'Education and training' },
  },
  { value: 'infrastructure', label: { zh: '基础设施', de: 'Infrastruktur', en: 'Infrastructure' } },
] as const satisfies readonly Option[]

export type PlatformType = (typeof platformTypes)[number]['value']

export const platformStatuses = [
  { value: 'planned', label: { zh: '规划中', de: 'In Planung', en: 'Planned' } },
  { value: 'under-construction', label: { zh: '建设中', de: 'Im Bau', en: 'Under construction' } },
  { value: 'operating', label: { zh: '运营中', de: 'In Betrieb', en: 'Operating' } },
] as const satisfies readonly Option[]

export type PlatformStatus = (typeof platformStatuses)[number]['value']

/**
 * What the article says happened in `openedYear`: a centre "settled" (落户) is not a park "opened"
 * (投用) nor an office "founded" (成立). The site labels the year with this, never with a guess.
 */
export const platformYearEvents = [
  { value: 'founded', label: { zh: '成立', de: 'Gegründet', en: 'Founded' } },
  {
    value: 'settled',
    label: { zh: '落户太仓', de: 'In Taicang angesiedelt', en: 'Settled in Taicang' },
  },
  { value: 'approved', label: { zh: '获批', de: 'Genehmigt', en: 'Approved' } },
  { value: 'opened', label: { zh: '建成投用', de: 'In Betrieb genommen', en: 'Opened' } },
  { value: 'inaugurated', label: { zh: '揭牌', de: 'Feierlich eröffnet', en: 'Inaugurated' } },
  { value: 'launched', label: { zh: '上线', de: 'Gestartet', en: 'Launched' } },
  {
    value: 'classes-began',
    label: { zh: '开班', de: 'Lehrbetrieb aufgenommen', en: 'Classes began' },
  },
  {
    value: 'first-arrival',
    label: { zh: '首次抵达', de: 'Erstmals angekommen', en: 'First arrival' },
  },
] as const satisfies readonly Option[]

export type PlatformYearEvent = (typeof platformYearEvents)[number]['value']
