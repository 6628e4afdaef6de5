import type { Option } from '@/fields/options'

export const platformTypes = [
  { value: 'industrial-park', label: { zh: '产业园区', de: 'Industriepark', en: 'Industrial park' } },
  { value: 'incubator', label: { zh: '孵化器', de: 'Inkubator', en: 'Incubator' } },
  { value: 'innovation-centre', label: { zh: '创新中心', de: 'Innovationszentrum', en: 'Innovation centre' } },
  { value: 'service-organisation', label: { zh: '服务机构', de: 'Serviceeinrichtung', en: 'Service organisation' } },
  { value: 'representative-office', label: { zh: '代表处', de: 'Repräsentanz', en: 'Representative office' } },
  { value: 'education', label: { zh: '教育培训', de: 'Aus- und Weiterbildung', en: 'Education and training' } },
  { value: 'infrastructure', label: { zh: '基础设施', de: 'Infrastruktur', en: 'Infrastructure' } },
] as const satisfies readonly Option[]

export type PlatformType = (typeof platformTypes)[number]['value']

export const platformStatuses = [
  { value: 'planned', label: { zh: '规划中', de: 'In Planung', en: 'Planned' } },
  { value: 'under-construction', label: { zh: '建设中', de: 'Im Bau', en: 'Under construction' } },
  { value: 'operating', label: { zh: '运营中', de: 'In Betrieb', en: 'Operating' } },
] as const satisfies readonly Option[]

export type PlatformStatus = (typeof platformStatuses)[number]['value']
