import type { SeedKeyFigure } from './types'

/**
 * The article's key figures. Convention: `value` is the plain full number (8.29亿美元 → 829000000)
 * and `unit` the currency or counting word, so the site can format it per locale with `Intl`.
 * Percentages are stored as 0–100 with unit '%'. `asOfYear` only where the article dates the
 * figure: it says "目前" (currently) or "2012年以来" (since 2012) for the others and names no year, so
 * a "Stand: 2022" there would be ours, not the article's. The target's "今年" is 2022 (the
 * article plans 2022 events and the 50th anniversary of relations in the same breath).
 * "数十项" national firsts is not a number and is left out.
 */

const yuan = { zh: '元', de: 'CNY', en: 'CNY' }
const usd = { zh: '美元', de: 'USD', en: 'USD' }
const yuanPerMu = { zh: '元/亩', de: 'CNY je Mu', en: 'CNY per mu' }
const companies = { zh: '家', de: 'Unternehmen', en: 'companies' }
const percent = { zh: '%', de: '%', en: '%' }

const perMuQuote = '亩均产值、利润、税收分别达1400万元、150万元和110万元。'

export const keyFigures: SeedKeyFigure[] = [
  {
    key: 'german-projects-since-2012',
    label: {
      zh: '2012年以来引进德资项目',
      de: 'Angesiedelte deutsche Investitionsprojekte seit 2012',
      en: 'German-invested projects attracted since 2012',
    },
    value: 265,
    unit: { zh: '个', de: 'Projekte', en: 'projects' },
    qualifier: 'exactly',
    source: {
      section: '现状',
      quote: '2012年以来,太仓市引进德资项目265个,实际使用德资8.29亿美元。',
    },
  },
  {
    key: 'german-investment-utilised-since-2012',
    label: {
      zh: '2012年以来实际使用德资',
      de: 'Tatsächlich genutzte deutsche Investitionen seit 2012',
      en: 'German investment actually utilised since 2012',
    },
    value: 829000000,
    unit: usd,
    qualifier: 'exactly',
    source: {
      section: '现状',
      quote: '2012年以来,太仓市引进德资项目265个,实际使用德资8.29亿美元。',
    },
  },
  {
    key: 'german-enterprises',
    label: {
      zh: '太仓德资企业总数',
      de: 'Deutsche Unternehmen in Taicang',
      en: 'German enterprises in Taicang',
    },
    value: 450,
    unit: companies,
    qualifier: 'atLeast',
    source: {
      section: '现状',
      quote:
        '目前,太仓德资企业已形成高端装备制造、汽车核心零部件等主导产业,总数突破450家,总投资超50亿美元,年工业产值超600亿元',
    },
  },
  {
    key: 'german-enterprises-total-investment',
    label: {
      zh: '德资企业总投资',
      de: 'Gesamtinvestitionen der deutschen Unternehmen',
      en: 'Total investment of German enterprises',
    },
    value: 5000000000,
    unit: usd,
    qualifier: 'atLeast',
    source: {
      section: '现状',
      quote:
        '目前,太仓德资企业已形成高端装备制造、汽车核心零部件等主导产业,总数突破450家,总投资超50亿美元,年工业产值超600亿元',
    },
  },
  {
    key: 'german-enterprises-annual-industrial-output',
    label: {
      zh: '德资企业年工业产值',
      de: 'Jährlicher Industrieproduktionswert der deutschen Unternehmen',
      en: 'Annual industrial output of German enterprises',
    },
    value: 60000000000,
    unit: yuan,
    qualifier: 'atLeast',
    source: {
      section: '现状',
      quote:
        '目前,太仓德资企业已形成高端装备制造、汽车核心零部件等主导产业,总数突破450家,总投资超50亿美元,年工业产值超600亿元',
    },
  },
  {
    key: 'output-per-mu',
    label: {
      zh: '亩均产值',
      de: 'Produktionswert je Mu Fläche (1 Mu ≈ 667 m²; rund 21.000 CNY je m²)',
      en: 'Output per mu of land (1 mu ≈ 667 m²; about CNY 21,000 per m²)',
    },
    value: 14000000,
    unit: yuanPerMu,
    qualifier: 'exactly',
    source: { section: '现状', quote: perMuQuote },
  },
  {
    key: 'profit-per-mu',
    label: {
      zh: '亩均利润',
      de: 'Gewinn je Mu (rund 2.250 CNY je m²)',
      en: 'Profit per mu (about CNY 2,250 per m²)',
    },
    value: 1500000,
    unit: yuanPerMu,
    qualifier: 'exactly',
    source: { section: '现状', quote: perMuQuote },
  },
  {
    key: 'tax-per-mu',
    label: {
      zh: '亩均税收',
      de: 'Steueraufkommen je Mu (rund 1.650 CNY je m²)',
      en: 'Tax revenue per mu (about CNY 1,650 per m²)',
    },
    value: 1100000,
    unit: yuanPerMu,
    qualifier: 'exactly',
    source: { section: '现状', quote: perMuQuote },
  },
  {
    key: 'local-rd-share',
    label: {
      zh: '在太仓开展本土化研发创新的德资企业',
      de: 'Anteil der deutschen Unternehmen mit lokaler Forschung und Entwicklung in Taicang',
      en: 'Share of German enterprises doing local R&D and innovation in Taicang',
    },
    value: 50,
    unit: percent,
    qualifier: 'atLeast',
    source: { section: '现状', quote: '半数以上的德资企业在太仓开展本土化研发创新' },
  },
  {
    key: 'early-enterprises-expanded-share',
    label: {
      zh: '完成增资扩产的早期落户德资企业',
      de: 'Anteil der früh angesiedelten deutschen Unternehmen, die Kapital und Produktion ausgeweitet haben',
      en: 'Share of early German arrivals that have increased capital and expanded production',
    },
    value: 90,
    unit: percent,
    qualifier: 'atLeast',
    source: { section: '现状', quote: '90%以上的早期落户德资企业完成了增资扩产' },
  },
  {
    key: 'hidden-champions',
    label: {
      zh: '“隐形冠军”企业',
      de: 'Hidden Champions',
      en: 'Hidden champions',
    },
    value: 50,
    unit: companies,
    qualifier: 'atLeast',
    source: { section: '现状', quote: '集聚了50多家“隐形冠军”企业' },
  },
  {
    key: 'carrier-total-area',
    label: {
      zh: '太仓中德创新园及欧美高新技术产业园等载体总面积',
      de: 'Gesamtfläche der Standorte wie des Deutsch-Chinesischen Innovationsparks Taicang und des Europäisch-Amerikanischen Hightech-Industrieparks',
      en: 'Total area of sites such as the Sino-German Innovation Park and the Euro-American High-Tech Industrial Park',
    },
    value: 1000000,
    unit: { zh: '平方米', de: 'm²', en: 'm²' },
    qualifier: 'atLeast',
    source: {
      section: '现状',
      quote: '太仓中德创新园及欧美高新技术产业园等一批载体陆续建成,总面积超100万平方米。',
    },
  },
  {
    key: 'german-enterprises-target-2022',
    label: {
      zh: '目标:力争2022年德企总数',
      de: 'Ziel für 2022: Gesamtzahl deutscher Unternehmen',
      en: 'Target for 2022: total number of German enterprises',
    },
    value: 500,
    unit: companies,
    qualifier: 'atLeast',
    asOfYear: 2022,
    source: { section: '下一步', quote: '力争今年德企总数突破500家。' },
  },
]
