import { optionsFrom } from './options'

export const industries = optionsFrom({
  machinery: { zh: '高端装备制造', de: 'Maschinen- und Anlagenbau', en: 'Advanced machinery' },
  automotive: { zh: '汽车零部件', de: 'Automobilzulieferer', en: 'Automotive components' },
  precision: { zh: '精密机械', de: 'Präzisionstechnik', en: 'Precision engineering' },
  aerospace: { zh: '航空航天', de: 'Luft- und Raumfahrt', en: 'Aerospace' },
  electronics: {
    zh: '电子电气',
    de: 'Elektrotechnik und Elektronik',
    en: 'Electrical and electronics',
  },
  chemicals: { zh: '化工材料', de: 'Chemie und Werkstoffe', en: 'Chemicals and materials' },
  'life-sciences': { zh: '生命科学', de: 'Life Sciences', en: 'Life sciences' },
  logistics: { zh: '物流', de: 'Logistik', en: 'Logistics' },
  services: { zh: '商务服务', de: 'Dienstleistungen', en: 'Business services' },
  other: { zh: '其他', de: 'Sonstige', en: 'Other' },
})

export type Industry = (typeof industries)[number]['value']

/** The 16 Länder, with their official German names. */
export const germanStates = optionsFrom({
  BW: { zh: '巴登-符腾堡州', de: 'Baden-Württemberg', en: 'Baden-Württemberg' },
  BY: { zh: '巴伐利亚州', de: 'Bayern', en: 'Bavaria' },
  BE: { zh: '柏林州', de: 'Berlin', en: 'Berlin' },
  BB: { zh: '勃兰登堡州', de: 'Brandenburg', en: 'Brandenburg' },
  HB: { zh: '不来梅州', de: 'Bremen', en: 'Bremen' },
  HH: { zh: '汉堡州', de: 'Hamburg', en: 'Hamburg' },
  HE: { zh: '黑森州', de: 'Hessen', en: 'Hesse' },
  MV: {
    zh: '梅克伦堡-前波美拉尼亚州',
    de: 'Mecklenburg-Vorpommern',
    en: 'Mecklenburg-Western Pomerania',
  },
  NI: { zh: '下萨克森州', de: 'Niedersachsen', en: 'Lower Saxony' },
  NW: { zh: '北莱茵-威斯特法伦州', de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia' },
  RP: { zh: '莱茵兰-普法尔茨州', de: 'Rheinland-Pfalz', en: 'Rhineland-Palatinate' },
  SL: { zh: '萨尔州', de: 'Saarland', en: 'Saarland' },
  SN: { zh: '萨克森州', de: 'Sachsen', en: 'Saxony' },
  ST: { zh: '萨克森-安哈尔特州', de: 'Sachsen-Anhalt', en: 'Saxony-Anhalt' },
  SH: { zh: '石勒苏益格-荷尔斯泰因州', de: 'Schleswig-Holstein', en: 'Schleswig-Holstein' },
  TH: { zh: '图林根州', de: 'Thüringen', en: 'Thuringia' },
})

export type GermanState = (typeof germanStates)[number]['value']
