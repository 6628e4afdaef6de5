import { optionsFrom } from './options'

export const milestoneCategories = optionsFrom({
  recognition: { zh: '授牌认定', de: 'Auszeichnung', en: 'Recognition' },
  institution: { zh: '机构设立', de: 'Einrichtung', en: 'Institution' },
  education: { zh: '职业教育', de: 'Bildung', en: 'Education' },
  event: { zh: '活动', de: 'Veranstaltung', en: 'Event' },
  agreement: { zh: '签约', de: 'Vereinbarung', en: 'Agreement' },
  policy: { zh: '政策', de: 'Politik', en: 'Policy' },
  infrastructure: { zh: '基础设施', de: 'Infrastruktur', en: 'Infrastructure' },
})

export type MilestoneCategory = (typeof milestoneCategories)[number]['value']
