import type { Option } from '@/fields/options'

export const industries = [
  {
    value: 'machinery',
    label: { zh: '高端装备制造', de: 'Maschinen- und Anlagenbau', en: 'Advanced machinery' },
  },
  {
    value: 'automotive',
    label: { zh: '汽车零部件', de: 'Automobilzulieferer', en: 'Automotive components' },
  },
  {
    value: 'precision',
    label: { zh: '精密机械', de: 'Präzisionstechnik', en: 'Precision engineering' },
  },
  { value: 'aerospace', label: { zh: '航空航天', de: 'Luft- und Raumfahrt', en: 'Aerospace' } },
  {
    value: 'electronics',
    label: {
      zh: '电子电气',
      de: 'Elektrotechnik und Elektronik',
      en: 'Electrical and electronics',
    },
  },
  {
    value: 'chemicals',
    label: { zh: '化工材料', de: 'Chemie und Werkstoffe', en: 'Chemicals and materials' },
  },
  { value: 'life-sciences', label: { zh: '生命科学', de: 'Life Sciences', en: 'Life sciences' } },
  { value: 'logistics', label: { zh: '物流', de: 'Logistik', en: 'Logistics' } },
  { value: 'services', label: { zh: '商务服务', de: 'Dienstleistungen', en: 'Business services' } },
  { value: 'other', label: { zh: '其他', de: 'Sonstige', en: 'Other' } },
] as const satisfies readonly Option[]

export type Industry = (typeof industries)[number]['value']

/** The 16 Länder, with their official German names. */
export const germanStates = [
  { value: 'BW', label: { zh: '巴登-符腾堡州', de: 'Baden-Württemberg', en: 'Baden-Württemberg' } },
  { value: 'BY', label: { zh: '巴伐利亚州', de: 'Bayern', en: 'Bavaria' } },
  { value: 'BE', label: { zh: '柏林州', de: 'Berlin', en: 'Berlin' } },
  { value: 'BB', label: { zh: '勃兰登堡州', de: 'Brandenburg', en: 'Brandenburg' } },
  { value: 'HB', label: { zh: '不来梅州', de: 'Bremen', en: 'Bremen' } },
  { value: 'HH', label: { zh: '汉堡州', de: 'Hamburg', en: 'Hamburg' } },
  { value: 'HE', label: { zh: '黑森州', de: 'Hessen', en: 'Hesse' } },
  {
    value: 'MV',
    label: {
      zh: '梅克伦堡-前波美拉尼亚州',
      de: 'Mecklenburg-Vorpommern',
      en: 'Mecklenburg-Western Pomerania',
    },
  },
  { value: 'NI', label: { zh: '下萨克森州', de: 'Niedersachsen', en: 'Lower Saxony' } },
  {
    value: 'NW',
    label: { zh: '北莱茵-威斯特法伦州', de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia' },
  },
  {
    value: 'RP',
    label: { zh: '莱茵兰-普法尔茨州', de: 'Rheinland-Pfalz', en: 'Rhineland-Palatinate' },
  },
  { value: 'SL', label: { zh: '萨尔州', de: 'Saarland', en: 'Saarland' } },
  { value: 'SN', label: { zh: '萨克森州', de: 'Sachsen', en: 'Saxony' } },
  { value: 'ST', label: { zh: '萨克森-安哈尔特州', de: 'Sachsen-Anhalt', en: 'Saxony-Anhalt' } },
  {
    value: 'SH',
    label: { zh: '石勒苏益格-荷尔斯泰因州', de: 'Schleswig-Holstein', en: 'Schleswig-Holstein' },
  },
  { value: 'TH', label: { zh: '图林根州', de: 'Thüringen', en: 'Thuringia' } },
] as const satisfies readonly Option[]

export type GermanState = (typeof germanStates)[number]['value']
