import type { Option } from '@/fields/options'

export const milestoneCategories = [
  { value: 'recognition', label: { zh: '授牌认定', de: 'Auszeichnung', en: 'Recognition' } },
  { value: 'institution', label: { zh: '机构设立', de: 'Einrichtung', en: 'Institution' } },
  { value: 'education', label: { zh: '职业教育', de: 'Bildung', en: 'Education' } },
  { value: 'event', label: { zh: '活动', de: 'Veranstaltung', en: 'Event' } },
  { value: 'agreement', label: { zh: '签约', de: 'Vereinbarung', en: 'Agreement' } },
  { value: 'policy', label: { zh: '政策', de: 'Politik', en: 'Policy' } },
  { value: 'infrastructure', label: { zh: '基础设施', de: 'Infrastruktur', en: 'Infrastructure' } },
] as const satisfies readonly Option[]

export type MilestoneCategory = (typeof milestoneCategories)[number]['value']
