import { locales, type Locale } from '@/i18n/locales'
import {
  article,
  enterprises,
  events,
  keyFigures,
  milestones,
  platforms,
  siteSettings,
} from '@/seed/content'

/**
 * The fact table of issue #9: every fact of the source article, paragraph by paragraph, with the
 * seed record (and so the site page) that carries it, checked in Chinese, German and English. A
 * record's text in a language is all its texts in that language plus its shared values (year,
 * date, number, schedule); its `source` quotation is left out, so a fact only the Chinese citation
 * holds does not count. Removing a record, or the words of a fact from one language, fails here.
 *
 * Not facts, and so not listed: the heading 放大对德合作优势 对外开放勇攀高峰 (the article's title,
 * checked below) and the photo caption “双元制”职业教育持续深入, a slogan over a picture.
 */

type Needles = Record<Locale, string[]>
type Fact = [fact: string, record: string, needles: Needles]

const same = (...needles: string[]): Needles => ({ zh: needles, de: needles, en: needles })
const each = (zh: string[], de: string[], en: string[]): Needles => ({ zh, de, en })

const collections: Record<string, { id: string; record: object }[]> = {
  milestone: milestones.map((record) => ({ id: record.key, record })),
  event: events.map((record) => ({ id: record.slug, record })),
  platform: platforms.map((record) => ({ id: record.slug, record })),
  enterprise: enterprises.map((record) => ({ id: record.slug, record })),
  figure: keyFigures.map((record) => ({ id: record.key, record })),
  settings: Object.entries(siteSettings).map(([id, record]) => ({ id, record: { text: record } })),
}

/** What the site shows of a record in one language: its texts there and its shared values. */
function textOf(locator: string, locale: Locale): string {
  const [kind, id] = locator.split(':') as [string, string]
  const found = collections[kind]?.find((entry) => entry.id === id)
  if (!found) throw new Error(`The seed has no record ${locator}.`)
  const parts: string[] = []
  for (const [field, value] of Object.entries(found.record)) {
    if (['source', 'slug', 'key', 'platforms', 'events', 'enterprises'].includes(field)) continue
    if (typeof value === 'number' || typeof value === 'string') parts.push(`${field}=${value}`)
    else if (typeof value === 'object' && value !== null && locale in value)
      parts.push((value as Record<Locale, string>)[locale])
  }
  return parts.join(' | ')
}

const facts: Fact[] = [
  // 导语
  [
    '1993年第一家德企克恩-里伯斯落户太仓',
    'milestone:1993-kern-liebers',
    each(
      ['year=1993', '克恩-里伯斯'],
      ['year=1993', 'Kern-Liebers'],
      ['year=1993', 'Kern-Liebers'],
    ),
  ],
  ['克恩-里伯斯 1993年落户', 'enterprise:kern-liebers', same('yearArrived=1993')],
  [
    '“源自民间、自下而上”模式',
    'settings:description',
    each(
      ['源自民间、自下而上'],
      ['aus der Wirtschaft heraus, von unten nach oben'],
      ['business-led, bottom-up'],
    ),
  ],
  [
    '打造了数十项对德合作的全国第一和唯一',
    'settings:overview',
    each(
      ['数十项', '全国第一和唯一'],
      ['Dutzende', 'ersten oder einzigen'],
      ['dozens', 'first or the only'],
    ),
  ],
  [
    '德国中小企业投资最密集的县级城市',
    'settings:description',
    each(
      ['德国中小企业投资最密集的县级城市'],
      ['Stadt auf Kreisebene mit der höchsten Dichte an Investitionen deutscher Mittelständler'],
      ['county-level city with the densest investment by German SMEs'],
    ),
  ],
  [
    '“德企之乡”',
    'settings:tagline',
    each(['德企之乡'], ['Heimat deutscher Unternehmen'], ['Home of German enterprises']),
  ],
  [
    '近十年来受到中德两国政府部门的高度重视和认可,引领示范效应凸显',
    'settings:overview',
    each(
      ['近十年来', '高度重视和认可'],
      ['zehn Jahren', 'Anerkennung', 'Vorbild'],
      ['past decade', 'recognised', 'model'],
    ),
  ],

  // 对德合作大事记
  [
    '2008 商务部和德国经济部授予“中德企业合作基地”',
    'milestone:2008-enterprise-cooperation-base',
    each(
      ['year=2008', '商务部', '德国经济部', '中德企业合作基地'],
      [
        'year=2008',
        'Handelsministerium',
        'Bundesministerium für Wirtschaft',
        'Basis für Unternehmenskooperation',
      ],
      [
        'year=2008',
        'Ministry of Commerce',
        'Federal Ministry of Economics',
        'Enterprise Cooperation Base',
      ],
    ),
  ],
  [
    '2012 工信部授予全国首个“中德中小企业合作示范区”',
    'milestone:2012-sme-cooperation-demonstration-zone',
    each(
      ['year=2012', '工信部', '全国首个', '中德中小企业合作示范区'],
      ['year=2012', 'MIIT', 'erster Stadt Chinas', 'Modellzone für KMU-Kooperation'],
      ['year=2012', 'MIIT', 'first', 'SME Cooperation Demonstration Zone'],
    ),
  ],
  [
    '2012 汉诺威论坛,太仓作为全国唯一县级市出席',
    'milestone:2012-sme-cooperation-forum-hannover',
    each(
      ['year=2012', '汉诺威', '唯一一个县级市'],
      ['year=2012', 'Hannover', 'einzige Stadt auf Kreisebene'],
      ['year=2012', 'Hanover', 'only county-level city'],
    ),
  ],
  [
    '2012 汉诺威论坛 (活动)',
    'event:2012-sme-cooperation-forum-hannover',
    each(
      ['startDate=2012', '汉诺威'],
      ['startDate=2012', 'Hannover'],
      ['startDate=2012', 'Hanover'],
    ),
  ],
  [
    '2013 科技部认定太仓高新区为苏州国家先进制造技术国际创新园',
    'milestone:2013-advanced-manufacturing-innovation-park',
    each(
      ['year=2013', '科技部', '太仓高新区', '苏州国家先进制造技术国际创新园'],
      [
        'year=2013',
        'Wissenschaft und Technologie',
        'Hightech-Zone Taicang',
        'fortschrittliche Fertigungstechnik',
      ],
      [
        'year=2013',
        'Science and Technology',
        'Taicang High-tech Zone',
        'Advanced Manufacturing Technology',
      ],
    ),
  ],
  [
    '2013 全国首家德企人力资源网站上线',
    'milestone:2013-german-enterprise-talent-website',
    each(
      ['year=2013', '全国首家德企人力资源网站', '德企人才'],
      ['year=2013', 'erstes Personalportal', 'Fachkräfte für deutsche Unternehmen'],
      ['year=2013', 'first human-resources website', 'Talent for German Enterprises'],
    ),
  ],
  [
    '2014 德国工商大会太仓办事处成立',
    'milestone:2014-ahk-taicang-office',
    each(
      ['year=2014', '德国工商大会太仓办事处成立'],
      ['year=2014', 'AHK', 'Taicang'],
      ['year=2014', 'AHK', 'Taicang office'],
    ),
  ],
  [
    '2014 中德创新园-中小企业园建成投用',
    'milestone:2014-innovation-park-sme-park',
    each(
      ['year=2014', '中小企业园', '建成投用'],
      ['year=2014', 'KMU-Park', 'in Betrieb'],
      ['year=2014', 'SME Park', 'put into use'],
    ),
  ],
  [
    '2015 质检总局批准出口精密机械产品质量安全示范区',
    'milestone:2015-precision-machinery-export-quality-zone',
    each(
      ['year=2015', '质检总局', '出口精密机械产品质量安全示范区'],
      ['year=2015', 'AQSIQ', 'Präzisionsmaschinen'],
      ['year=2015', 'AQSIQ', 'precision machinery'],
    ),
  ],
  [
    '2015 太仓驻德办事处成立',
    'milestone:2015-taicang-office-germany',
    each(
      ['year=2015', '太仓驻德办事处'],
      ['year=2015', 'Repräsentanz', 'Deutschland'],
      ['year=2015', 'representative office in Germany'],
    ),
  ],
  [
    '2015 全球第六个、中国第三个德国中心落户太仓',
    'milestone:2015-deutsches-zentrum',
    each(
      ['year=2015', '全球第六个', '中国第三个'],
      ['year=2015', 'weltweit sechstes', 'drittes in China', 'German Centre Taicang'],
      ['year=2015', 'sixth German Centre worldwide', 'third in China', 'German Centre Taicang'],
    ),
  ],
  [
    '2015 AHK德国双元制职业教育联盟在苏州健雄职业技术学院成立',
    'milestone:2015-ahk-dual-vocational-training-alliance',
    each(
      ['year=2015', 'AHK德国双元制职业教育联盟', '苏州健雄职业技术学院'],
      ['year=2015', 'AHK-Allianz für deutsche duale Berufsausbildung', 'Chien-Shiung'],
      ['year=2015', 'AHK Alliance for German Dual Vocational Training', 'Chien-Shiung'],
    ),
  ],
  [
    '苏州健雄职业技术学院 (平台)',
    'platform:chien-shiung-institute',
    each(
      ['苏州健雄职业技术学院', '2015', '2019'],
      ['Suzhou Chien-Shiung Institute of Technology', '2015', '2019'],
      ['Suzhou Chien-Shiung Institute of Technology', '2015', '2019'],
    ),
  ],
  [
    '2016 四方合作签约,在太仓筹建一所应用技术大学',
    'milestone:2016-university-of-applied-sciences-agreement',
    each(
      [
        'year=2016',
        '多特蒙德应用技术大学',
        '上海工程技术大学',
        'AHK上海代表处',
        '筹建一所应用技术大学',
      ],
      [
        'year=2016',
        'Fachhochschule Dortmund',
        'Shanghai University of Engineering Science',
        'AHK Shanghai',
        'Hochschule für angewandte Wissenschaften',
      ],
      [
        'year=2016',
        'Fachhochschule Dortmund',
        'Shanghai University of Engineering Science',
        'AHK Shanghai',
        'university of applied sciences',
      ],
    ),
  ],
  [
    '2016 四方合作签约仪式 (活动)',
    'event:2016-four-party-signing-ceremony',
    each(
      ['startDate=2016', '签约仪式'],
      ['startDate=2016', 'unterzeichneten'],
      ['startDate=2016', 'signing'],
    ),
  ],
  [
    '2017 工信部批准太仓为中德智能制造合作创新园',
    'milestone:2017-smart-manufacturing-innovation-park',
    each(
      ['year=2017', '中德智能制造合作创新园'],
      ['year=2017', 'Innovationspark für intelligente Fertigung'],
      ['year=2017', 'Smart Manufacturing Cooperation and Innovation Park'],
    ),
  ],
  [
    '2017 太仓与北威州于利希市缔结友好关系',
    'milestone:2017-juelich-friendship',
    each(
      ['year=2017', '北威州', '于利希'],
      ['year=2017', 'Jülich', 'Nordrhein-Westfalen'],
      ['year=2017', 'Jülich', 'North Rhine-Westphalia'],
    ),
  ],
  [
    '2017 中德合作太仓双元制本科项目开班',
    'milestone:2017-dual-bachelor-programme',
    each(
      ['year=2017', '双元制本科项目', '开班'],
      ['year=2017', 'Bachelorstudiengang', 'dualer Berufsausbildung'],
      ['year=2017', 'bachelor’s programme', 'dual vocational training'],
    ),
  ],
  [
    '2017 首届中德“隐形冠军”峰会在太仓举办',
    'event:2017-hidden-champions-summit',
    each(
      ['startDate=2017', '首届', '隐形冠军', '太仓'],
      ['startDate=2017', 'erste', 'Hidden-Champions-Gipfel', 'Taicang'],
      ['startDate=2017', 'first', 'Hidden Champions Summit', 'Taicang'],
    ),
  ],
  [
    '2018 太仓与莱茵-内卡地区签订区域友好关系意向书',
    'milestone:2018-rhine-neckar-letter-of-intent',
    each(
      ['year=2018', '莱茵-内卡地区', '意向书'],
      ['year=2018', 'Rhein-Neckar-Region', 'Absichtserklärung'],
      ['year=2018', 'Rhine-Neckar region', 'letter of intent'],
    ),
  ],
  [
    '2018 唯一中国城市参加第九届中德经济技术合作论坛,与欧商企业投资协会签订意向书',
    'milestone:2018-economic-technological-cooperation-forum',
    each(
      [
        'year=2018',
        '第九届中德经济技术合作论坛',
        '唯一中国城市',
        '欧商企业投资协会',
        '智能制造领域全方位合作关系',
      ],
      [
        'year=2018',
        '9. Deutsch-Chinesischen Forum',
        'einzige chinesische Stadt',
        'Europäischen Unternehmens- und Investitionsverbands',
        'intelligenten Fertigung',
      ],
      [
        'year=2018',
        '9th Sino-German Forum',
        'only Chinese city',
        'European Business Investment Association',
        'smart manufacturing',
      ],
    ),
  ],
  [
    '2018 中德创新园-先进制造园竣工投用',
    'milestone:2018-innovation-park-advanced-manufacturing-park',
    each(
      ['year=2018', '先进制造园', '竣工投用'],
      ['year=2018', 'Park für fortschrittliche Fertigung', 'in Betrieb'],
      ['year=2018', 'Advanced Manufacturing Park', 'put into use'],
    ),
  ],
  [
    '2019 “加快建设太仓中德中小企业合作区”写入长三角规划纲要',
    'milestone:2019-yangtze-river-delta-plan',
    each(
      ['year=2019', '长江三角洲区域一体化发展规划纲要'],
      ['year=2019', 'Jangtse-Deltas'],
      ['year=2019', 'Yangtze River Delta'],
    ),
  ],
  [
    '2019 中德创新城市合作论坛暨太仓日在柏林举办',
    'milestone:2019-innovative-cities-forum-taicang-day',
    each(
      ['year=2019', '柏林', '太仓日'],
      ['year=2019', 'Berlin', 'Taicang-Tag'],
      ['year=2019', 'Berlin', 'Taicang Day'],
    ),
  ],
  [
    '2019 首届中德创新城市合作论坛暨太仓日 (活动, 图片说明)',
    'event:2019-innovative-cities-forum-taicang-day',
    each(
      ['startDate=2019', '首届', '柏林'],
      ['startDate=2019', 'erste', 'Berlin'],
      ['startDate=2019', 'first', 'Berlin'],
    ),
  ],
  [
    '2019 中德(太仓)“双师型”教师培养培训中心成立',
    'milestone:2019-dual-qualified-teacher-training-centre',
    each(
      ['year=2019', '双师型'],
      ['year=2019', 'doppelt qualifizierte'],
      ['year=2019', 'Dual-Qualified'],
    ),
  ],
  [
    '2019 太仓双元制教育研究院揭牌',
    'milestone:2019-dual-education-research-institute',
    each(
      ['year=2019', '太仓双元制教育研究院揭牌'],
      ['year=2019', 'Forschungsinstitut für duale Berufsausbildung'],
      ['year=2019', 'Research Institute for Dual Vocational Training'],
    ),
  ],
  [
    '2019 全国首次中德高端制造工匠技能挑战赛',
    'event:2019-craftsmen-skills-challenge',
    each(
      ['startDate=2019', '全国首次', '工匠技能挑战赛'],
      ['startDate=2019', 'landesweit erste', 'Skills Challenge'],
      ['startDate=2019', 'China’s first', 'Craftsmen Skills Challenge'],
    ),
  ],
  [
    '2019 中德应用技术大学合作首届研讨会在苏州健雄职业技术学院召开',
    'event:2019-uas-cooperation-symposium',
    each(
      ['startDate=2019', '首届研讨会', '苏州健雄职业技术学院'],
      ['startDate=2019', 'erste Symposium', 'Chien-Shiung'],
      ['startDate=2019', 'first symposium', 'Chien-Shiung'],
    ),
  ],
  [
    '2020 加入中德经济顾问委员会',
    'milestone:2020-economic-advisory-committee',
    each(
      ['year=2020', '中德经济顾问委员会'],
      ['year=2020', 'Beratenden Wirtschaftsausschuss'],
      ['year=2020', 'Economic Advisory Committee'],
    ),
  ],
  [
    '2020 杜伊斯堡“德国-太仓”直达货运专线抵达太仓',
    'milestone:2020-duisburg-taicang-freight-line',
    each(
      ['year=2020', '杜伊斯堡', '直达货运专线'],
      ['year=2020', 'Duisburg', 'Güterverbindung'],
      ['year=2020', 'Duisburg', 'freight service'],
    ),
  ],
  [
    '2020 全国首个中德职业教育合作标准化成果《双元制职业教育人才培养指南》',
    'milestone:2020-dual-vocational-training-guidelines',
    each(
      ['year=2020', '全国首个', '双元制职业教育人才培养指南'],
      ['year=2020', 'landesweit erste', 'Leitfaden'],
      ['year=2020', 'China’s first', 'Guidelines'],
    ),
  ],
  [
    '2020 首个飞地载体——德国中小企业(太仓)孵化中心揭牌',
    'milestone:2020-german-sme-incubation-centre',
    each(
      ['year=2020', '首个飞地载体', '孵化中心揭牌'],
      ['year=2020', 'erste Enklaven-Standort', 'Inkubationszentrum für deutsche KMU'],
      ['year=2020', 'first “enclave” facility', 'Incubation Centre'],
    ),
  ],
  [
    '2021 加入中国德国友好协会',
    'milestone:2021-china-germany-friendship-association',
    each(
      ['year=2021', '中国德国友好协会'],
      ['year=2021', 'Freundschaftsgesellschaft'],
      ['year=2021', 'Friendship Association'],
    ),
  ],
  [
    '2021 江苏省商务厅等4部门首次联合出台《……意见》',
    'milestone:2021-jiangsu-policy-opinions',
    each(
      ['year=2021', '江苏省商务厅等4部门', '首次', '意见》'],
      ['year=2021', 'drei weitere Behörden', 'erstmals', 'Leitlinien'],
      ['year=2021', 'three other departments', 'first time', 'Opinions'],
    ),
  ],
  [
    '2021 太仓出台“十四五”实施方案',
    'milestone:2021-14th-five-year-implementation-plan',
    each(
      ['year=2021', '十四五', '实施方案'],
      ['year=2021', '14. Fünfjahresplan', 'Umsetzungsplan'],
      ['year=2021', '14th Five-Year Plan', 'Implementation Plan'],
    ),
  ],
  [
    '2021 入选国家发改委第三轮中欧区域政策合作中方案例地区',
    'milestone:2021-eu-china-regional-policy-cooperation',
    each(
      ['year=2021', '发改委', '第三轮', '中欧区域政策合作'],
      ['year=2021', 'NDRC', 'dritten Runde', 'Regionalpolitik'],
      ['year=2021', 'NDRC', 'third round', 'regional policy'],
    ),
  ],
  [
    '2021 中国首个AHK学院落户太仓',
    'milestone:2021-ahk-academy',
    each(
      ['year=2021', '中国首个AHK学院'],
      ['year=2021', 'erste AHK-Akademie Chinas'],
      ['year=2021', 'China’s first AHK Academy'],
    ),
  ],
  [
    '2021 全国首条中德数据专线发布',
    'milestone:2021-sino-german-data-line',
    each(
      ['year=2021', '全国首条中德数据专线'],
      ['year=2021', 'landesweit erste', 'Datenstandleitung'],
      ['year=2021', 'China’s first', 'data line'],
    ),
  ],
  [
    '2022 AHK学院获颁外商独资经营性职业技能培训机构办学许可证',
    'milestone:2022-ahk-academy-licence',
    each(
      ['year=2022', '外商独资', '办学许可证', '自由贸易试验区'],
      [
        'year=2022',
        'hundertprozentig ausländischem Besitz',
        'Betriebserlaubnis',
        'Pilot-Freihandelszone',
      ],
      ['year=2022', 'wholly foreign-owned', 'licence', 'Pilot Free Trade Zone'],
    ),
  ],
  [
    '2022 获批设立中国—德国商务理事会江苏联络办公室',
    'milestone:2022-china-germany-business-council-jiangsu-office',
    each(
      ['year=2022', '中国—德国商务理事会江苏联络办公室'],
      ['year=2022', 'Jiangsu-Verbindungsbüro', 'Wirtschaftsrats'],
      ['year=2022', 'Jiangsu Liaison Office', 'Business Council'],
    ),
  ],

  // 图片说明
  [
    '中德(太仓)绿色低碳合作园区建设暨高新区重点德资项目集中签约仪式 (未注明日期)',
    'event:green-low-carbon-park-signing-ceremony',
    each(
      ['schedule=undated', '绿色低碳合作园区', '集中签约仪式'],
      ['schedule=undated', 'grüne und CO₂-arme', 'Unterzeichnung', 'nennt der Artikel nicht'],
      ['schedule=undated', 'Green and Low-Carbon', 'signing', 'not date'],
    ),
  ],
  [
    '太仓德国中心',
    'platform:german-centre-taicang',
    each(['德国中心'], ['German Centre Taicang'], ['German Centre Taicang']),
  ],
  [
    '2021年7月德国中小企业(太仓)孵化中心开业',
    'milestone:2021-07-german-sme-incubator-opening',
    each(
      ['date=2021-07', 'datePrecision=month', '2021年7月', '开业'],
      ['date=2021-07', 'datePrecision=month', 'Juli 2021', 'Betrieb'],
      ['date=2021-07', 'datePrecision=month', 'July 2021', 'opened'],
    ),
  ],

  // 现状
  ['2012年以来引进德资项目265个', 'figure:german-projects-since-2012', same('value=265', '2012')],
  [
    '2012年以来实际使用德资8.29亿美元',
    'figure:german-investment-utilised-since-2012',
    each(
      ['value=829000000', '美元', '2012'],
      ['value=829000000', 'USD', '2012'],
      ['value=829000000', 'USD', '2012'],
    ),
  ],
  [
    '高端装备制造、汽车核心零部件等主导产业',
    'settings:overview',
    each(
      ['高端装备制造', '汽车核心零部件', '主导产业'],
      [
        'High-End-Maschinen- und Anlagenbau',
        'Kernkomponenten für die Automobilindustrie',
        'Leitbranchen',
      ],
      ['high-end equipment manufacturing', 'core automotive components', 'leading industries'],
    ),
  ],
  ['德资企业总数突破450家', 'figure:german-enterprises', same('value=450', 'qualifier=atLeast')],
  [
    '总投资超50亿美元',
    'figure:german-enterprises-total-investment',
    same('value=5000000000', 'qualifier=atLeast'),
  ],
  [
    '年工业产值超600亿元',
    'figure:german-enterprises-annual-industrial-output',
    same('value=60000000000', 'qualifier=atLeast'),
  ],
  [
    '亩均产值1400万元',
    'figure:output-per-mu',
    each(
      ['value=14000000', '亩'],
      ['value=14000000', '667 m²', '21.000'],
      ['value=14000000', '667 m²', '21,000'],
    ),
  ],
  [
    '亩均利润150万元',
    'figure:profit-per-mu',
    each(['value=1500000', '亩'], ['value=1500000', 'm²'], ['value=1500000', 'm²']),
  ],
  [
    '亩均税收110万元',
    'figure:tax-per-mu',
    each(['value=1100000', '亩'], ['value=1100000', 'm²'], ['value=1100000', 'm²']),
  ],
  [
    '半数以上的德资企业在太仓开展本土化研发创新',
    'figure:local-rd-share',
    same('value=50', 'qualifier=atLeast'),
  ],
  [
    '90%以上的早期落户德资企业完成了增资扩产',
    'figure:early-enterprises-expanded-share',
    same('value=90', 'qualifier=atLeast'),
  ],
  [
    '多家德资企业已将中国区总部或功能型机构放在太仓',
    'settings:overview',
    each(
      ['中国区总部或功能型机构'],
      ['China-Zentrale oder Funktionseinheiten'],
      ['China headquarters or functional units'],
    ),
  ],
  ['集聚了50多家“隐形冠军”企业', 'figure:hidden-champions', same('value=50', 'qualifier=atLeast')],
  [
    '太仓中德创新园等一批载体陆续建成',
    'platform:sino-german-innovation-park',
    each(
      ['太仓中德创新园', '陆续建成'],
      ['Deutsch-Chinesischer Innovationspark Taicang', 'fertiggestellt'],
      ['Taicang Sino-German Innovation Park', 'completed'],
    ),
  ],
  [
    '欧美高新技术产业园',
    'platform:euro-american-hi-tech-park',
    each(
      ['欧美高新技术产业园'],
      ['Europäisch-Amerikanischer Hightech-Industriepark'],
      ['Euro-American High-Tech Industrial Park'],
    ),
  ],
  [
    '载体总面积超100万平方米',
    'figure:carrier-total-area',
    same('value=1000000', 'qualifier=atLeast'),
  ],
  [
    '德国留学生创业园加快建设',
    'platform:germany-students-startup-park',
    each(
      ['德国留学生创业园', '加快建设'],
      ['in Deutschland studiert', 'beschleunigt'],
      ['studied in Germany', 'accelerated'],
    ),
  ],
  [
    '德国中小企业(太仓)孵化中心',
    'platform:german-sme-incubator',
    each(
      ['德国中小企业(太仓)孵化中心', '2021年7月'],
      ['Inkubationszentrum für deutsche KMU (Taicang)', 'Juli 2021'],
      ['German SME (Taicang) Incubation Centre', 'July 2021'],
    ),
  ],
  [
    '中德智能制造联合创新中心加快建设',
    'platform:smart-manufacturing-innovation-centre',
    each(
      ['中德智能制造联合创新中心', '加快建设'],
      ['Innovationszentrums für intelligente Fertigung', 'beschleunigt'],
      ['Joint Innovation Centre for Smart Manufacturing', 'accelerated'],
    ),
  ],
  [
    '柏林太仓创新中心加快建设',
    'platform:berlin-taicang-innovation-centre',
    each(
      ['柏林太仓创新中心', '加快建设'],
      ['Innovationszentrum Taicang in Berlin', 'beschleunigt'],
      ['Berlin Taicang Innovation Centre', 'accelerated'],
    ),
  ],
  [
    '德国中心、德国工商大会太仓办事处等服务型平台运营良好',
    'platform:ahk-taicang-office',
    each(['运营良好'], ['erfolgreich'], ['operating well']),
  ],
  [
    '德国中心运营良好',
    'platform:german-centre-taicang',
    each(['运营良好'], ['erfolgreich'], ['operating well']),
  ],

  // 下一步
  [
    '以中德建交50周年为契机',
    'settings:outlook',
    each(
      ['中德建交50周年'],
      ['50. Jahrestag der Aufnahme diplomatischer Beziehungen'],
      ['50th anniversary of diplomatic relations'],
    ),
  ],
  [
    '贯彻落实苏州市委常委会专题调研太仓市工作会议和太仓市委工作会议精神',
    'settings:outlook',
    each(
      ['苏州市委常委会', '太仓市委工作会议'],
      ['Parteikomitees der Stadt Suzhou', 'Parteikomitees der Stadt Taicang'],
      ['Suzhou Municipal Party Committee', 'Taicang Municipal Party Committee'],
    ),
  ],
  [
    '全领域交流合作,加快建设中德(太仓)中小企业合作示范区,走在全国前列',
    'settings:outlook',
    each(
      ['全领域交流合作', '中德(太仓)中小企业合作示范区', '全国前列'],
      ['in allen Bereichen', 'Modellzone (Taicang) für KMU-Kooperation', 'landesweit führend'],
      [
        'every field',
        'Sino-German (Taicang) SME Cooperation Demonstration Zone',
        'national forefront',
      ],
    ),
  ],
  [
    '引进德资龙头型项目及世界五百强项目,招引德国高端服务业项目',
    'settings:outlook',
    each(
      ['龙头型项目', '世界五百强', '高端服务业'],
      ['Leitprojekte', 'Fortune-Global-500', 'Dienstleister'],
      ['flagship', 'Fortune Global 500', 'service providers'],
    ),
  ],
  [
    '依托航空航天产业园,发展航空航天产业创新集群',
    'platform:aerospace-park',
    each(
      ['航空航天产业园', '创新集群'],
      ['Luft- und Raumfahrt-Industrieparks', 'Innovationsclusters'],
      ['Aerospace Industrial Park', 'innovation cluster'],
    ),
  ],
  [
    '拓展金融保险、教育医疗、健康养老等领域的合作,鼓励德国金融、保险机构设立分支机构',
    'settings:outlook',
    each(
      ['金融保险', '教育医疗', '健康养老', '分支机构'],
      ['Finanzen und Versicherungen', 'Bildung und Gesundheit', 'Pflege', 'Niederlassungen'],
      ['finance and insurance', 'education and healthcare', 'elderly care', 'branches'],
    ),
  ],
  [
    '培育以对德合作、服务德企为特色的商务服务集聚区',
    'settings:outlook',
    each(['商务服务集聚区'], ['Unternehmensdienstleistungen'], ['business services cluster']),
  ],
  [
    '加快建设中德创新园-生命科学园',
    'platform:innovation-park-life-sciences',
    each(
      ['生命科学园', '加快建设'],
      ['Life-Science-Park', 'beschleunigen'],
      ['Life Science Park', 'accelerate'],
    ),
  ],
  [
    '力争今年(2022年)德企总数突破500家',
    'figure:german-enterprises-target-2022',
    same('value=500', 'asOfYear=2022', '2022'),
  ],
  [
    '2022江苏-德国经贸合作交流暨江苏-德国产业合作论坛',
    'event:2022-jiangsu-germany-forum',
    each(
      ['startDate=2022', '江苏-德国产业合作论坛'],
      ['startDate=2022', 'Industriekooperationsforum Jiangsu–Deutschland'],
      ['startDate=2022', 'Jiangsu–Germany Industrial Cooperation Forum'],
    ),
  ],
  [
    '致公党“引凤工程”太仓对德合作专场路演',
    'event:2022-zhi-gong-party-roadshow',
    each(
      ['致公党', '引凤工程', '路演'],
      ['Zhi-Gong-Partei', 'Yinfeng', 'Roadshow'],
      ['Zhi Gong Party', 'Yinfeng', 'roadshow'],
    ),
  ],
  [
    '加快拜仁慕尼黑足球俱乐部合作协议落地',
    'settings:outlook',
    each(
      ['拜仁慕尼黑足球俱乐部合作协议'],
      ['Kooperationsvereinbarung mit dem FC Bayern München'],
      ['cooperation agreement with FC Bayern Munich'],
    ),
  ],
  [
    '常态化办好商会之夜',
    'event:chamber-of-commerce-night',
    each(
      ['schedule=regular', '商会之夜', '常态化'],
      ['schedule=regular', 'Abend der Handelskammer', 'regelmäßig'],
      ['schedule=regular', 'Chamber of Commerce Night', 'regularly'],
    ),
  ],
  [
    '常态化办好啤酒节',
    'event:beer-festival',
    each(
      ['schedule=regular', '啤酒节', '常态化'],
      ['schedule=regular', 'Bierfest', 'regelmäßig'],
      ['schedule=regular', 'Beer Festival', 'regularly'],
    ),
  ],
  [
    '常态化办好足球赛',
    'event:football-match',
    each(
      ['schedule=regular', '足球赛', '常态化'],
      ['schedule=regular', 'Fußballspiel', 'regelmäßig'],
      ['schedule=regular', 'football match', 'regularly'],
    ),
  ],
  [
    '让太仓对德合作经验成为全国样板',
    'settings:outlook',
    each(['全国样板'], ['Modell für ganz China'], ['model for the whole country']),
  ],
]

describe('the fact table: every fact of the article is in the seed, in zh, de and en (issue #9)', () => {
  it('names the article in every language', () => {
    expect(article.title.zh).toBe('放大对德合作优势 对外开放勇攀高峰')
    expect(article.title.de).toContain('Zusammenarbeit mit Deutschland')
    expect(article.title.en).toContain('cooperation with Germany')
  })

  it.each(
    facts.flatMap(([fact, record, needles]) =>
      locales.map((locale) => [fact, record, locale, needles[locale]] as const),
    ),
  )('%s → %s (%s)', (_fact, record, locale, needles) => {
    const text = textOf(record, locale)
    expect(needles.filter((needle) => !text.includes(needle))).toEqual([])
  })

  it('checks more facts than the article has paragraphs, and every record kind', () => {
    expect(facts.length).toBeGreaterThan(80)
    const kinds = new Set(facts.map(([, record]) => record.split(':')[0]))
    expect([...kinds].sort()).toEqual([
      'enterprise',
      'event',
      'figure',
      'milestone',
      'platform',
      'settings',
    ])
  })
})
