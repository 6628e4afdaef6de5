import type { SeedGlossaryTerm } from './types'

/**
 * Established names used in the article, with the German and English forms the site uses
 * consistently. Notes explain a choice of translation; they add no facts about Taicang.
 */
export const glossary: SeedGlossaryTerm[] = [
  // Taicang's own terms and titles
  {
    term: { zh: '德企之乡', de: 'Heimat deutscher Unternehmen', en: 'home of German enterprises' },
    source: {
      section: '导语',
      quote: '成为德国中小企业投资最密集的县级城市,也成为名副其实的“德企之乡”',
    },
  },
  {
    term: { zh: '县级市', de: 'Stadt auf Kreisebene', en: 'county-level city' },
    notes: {
      zh: '中国行政区划概念,不宜译为德国的“kreisfreie Stadt”。',
      de: 'Chinesische Verwaltungseinheit; nicht mit der deutschen „kreisfreien Stadt“ gleichsetzen.',
      en: 'A Chinese administrative unit; do not equate it with a German “kreisfreie Stadt”.',
    },
    source: {
      section: '对德合作大事记 · 2012年',
      quote: '太仓作为全国唯一一个县级市出席论坛',
    },
  },
  {
    term: {
      zh: '中德企业合作基地',
      de: 'Deutsch-Chinesische Basis für Unternehmenskooperation',
      en: 'Sino-German Enterprise Cooperation Base',
    },
    source: {
      section: '对德合作大事记 · 2008年',
      quote: '2008年中国商务部和德国经济部共同授予太仓“中德企业合作基地”称号。',
    },
  },
  {
    term: {
      zh: '中德中小企业合作示范区',
      de: 'Deutsch-Chinesische Modellzone für KMU-Kooperation',
      en: 'Sino-German SME Cooperation Demonstration Zone',
    },
    notes: {
      zh: '下一步部分写作“中德(太仓)中小企业合作示范区”。',
      de: 'Im Abschnitt zu den nächsten Schritten als „中德(太仓)中小企业合作示范区“, d. h. Deutsch-Chinesische Modellzone (Taicang) für KMU-Kooperation.',
      en: 'The outlook section writes it as “中德(太仓)中小企业合作示范区”, i.e. Sino-German (Taicang) SME Cooperation Demonstration Zone.',
    },
    source: {
      section: '对德合作大事记 · 2012年',
      quote: '国家工信部授予太仓全国首个“中德中小企业合作示范区”',
    },
  },
  {
    term: { zh: '太仓高新区', de: 'Hightech-Zone Taicang', en: 'Taicang High-tech Zone' },
    source: {
      section: '对德合作大事记 · 2013年',
      quote: '国家科技部认定太仓高新区为苏州国家先进制造技术国际创新园',
    },
  },
  {
    term: { zh: '太仓日', de: 'Taicang-Tag', en: 'Taicang Day' },
    source: {
      section: '对德合作大事记 · 2019年',
      quote: '中德创新城市合作论坛暨太仓日活动在柏林成功举办',
    },
  },

  // German cooperation bodies and concepts
  {
    term: { zh: '德国中心', de: 'German Centre', en: 'German Centre' },
    notes: {
      zh: '运营方使用的名称,各语言均不翻译:German Centre Taicang。',
      de: 'Name, den der Betreiber verwendet; auch im Deutschen nicht übersetzt: German Centre Taicang.',
      en: 'The name its operators use, untranslated in every language: German Centre Taicang.',
    },
    source: { section: '对德合作大事记 · 2015年', quote: '全球第六个、中国第三个德国中心落户太仓' },
  },
  {
    term: {
      zh: '德国工商大会',
      de: 'Deutsche Auslandshandelskammer (AHK)',
      en: 'German Chamber of Commerce Abroad (AHK)',
    },
    notes: {
      zh: '文中亦直接写作“AHK”。',
      de: 'Im Artikel auch direkt als „AHK“.',
      en: 'The article also writes “AHK” directly.',
    },
    source: { section: '对德合作大事记 · 2014年', quote: '德国工商大会太仓办事处成立' },
  },
  {
    term: { zh: '德国工商大会太仓办事处', de: 'AHK-Büro Taicang', en: 'AHK Taicang office' },
    source: { section: '对德合作大事记 · 2014年', quote: '德国工商大会太仓办事处成立' },
  },
  {
    term: { zh: 'AHK学院', de: 'AHK-Akademie', en: 'AHK Academy' },
    source: { section: '对德合作大事记 · 2021年', quote: '中国首个AHK学院落户太仓' },
  },
  {
    term: { zh: '双元制', de: 'duale Berufsausbildung', en: 'dual vocational training' },
    notes: {
      zh: '“双元制”与“双元制职业教育”统一译作 duale Berufsausbildung / dual vocational training。',
      de: 'Für „双元制“ wie für „双元制职业教育“ einheitlich: duale Berufsausbildung.',
      en: 'Both “双元制” and “双元制职业教育”: dual vocational training, always.',
    },
    source: { section: '图片说明', quote: '“双元制”职业教育持续深入' },
  },
  {
    term: {
      zh: '双师型',
      de: '„doppelt qualifiziert“ (Lehrkräfte)',
      en: '“dual-qualified” (teachers)',
    },
    notes: {
      zh: '指兼具理论教学与实践技能资质的职业教育教师。',
      de: 'Berufsschullehrkräfte mit sowohl pädagogisch-theoretischer als auch berufspraktischer Qualifikation.',
      en: 'Vocational teachers qualified both in classroom teaching and in practical skills.',
    },
    source: {
      section: '对德合作大事记 · 2019年',
      quote: '中德(太仓)“双师型”教师培养培训中心成立',
    },
  },
  {
    term: { zh: '隐形冠军', de: 'Hidden Champions', en: 'hidden champions' },
    source: { section: '现状', quote: '集聚了50多家“隐形冠军”企业' },
  },
  {
    term: {
      zh: '应用技术大学',
      de: 'Hochschule für angewandte Wissenschaften',
      en: 'university of applied sciences',
    },
    source: {
      section: '对德合作大事记 · 2016年',
      quote: '在太仓筹建一所应用技术大学',
    },
  },

  // Chinese authorities and bodies
  {
    term: {
      zh: '商务部',
      de: 'chinesisches Handelsministerium (MOFCOM)',
      en: 'Ministry of Commerce (MOFCOM)',
    },
    source: {
      section: '对德合作大事记 · 2008年',
      quote: '2008年中国商务部和德国经济部共同授予太仓“中德企业合作基地”称号。',
    },
  },
  {
    term: {
      zh: '工信部',
      de: 'Ministerium für Industrie und Informationstechnologie (MIIT)',
      en: 'Ministry of Industry and Information Technology (MIIT)',
    },
    source: {
      section: '对德合作大事记 · 2012年',
      quote: '国家工信部授予太仓全国首个“中德中小企业合作示范区”',
    },
  },
  {
    term: {
      zh: '科技部',
      de: 'Ministerium für Wissenschaft und Technologie (MOST)',
      en: 'Ministry of Science and Technology (MOST)',
    },
    source: {
      section: '对德合作大事记 · 2013年',
      quote: '国家科技部认定太仓高新区为苏州国家先进制造技术国际创新园',
    },
  },
  {
    term: {
      zh: '国家质检总局',
      de: 'Hauptverwaltung für Qualitätsüberwachung, Inspektion und Quarantäne (AQSIQ)',
      en: 'General Administration of Quality Supervision, Inspection and Quarantine (AQSIQ)',
    },
    source: {
      section: '对德合作大事记 · 2015年',
      quote: '国家质检总局批准中德企业合作基地出口精密机械产品质量安全示范区',
    },
  },
  {
    term: {
      zh: '国家发改委',
      de: 'Nationale Entwicklungs- und Reformkommission (NDRC)',
      en: 'National Development and Reform Commission (NDRC)',
    },
    source: {
      section: '对德合作大事记 · 2021年',
      quote: '太仓市对德合作成功入选国家发改委第三轮中欧区域政策合作中方案例地区',
    },
  },
  {
    term: {
      zh: '中德经济顾问委员会',
      de: 'Deutsch-Chinesischer Beratender Wirtschaftsausschuss (DCBWA)',
      en: 'China-Germany Economic Advisory Committee',
    },
    source: { section: '对德合作大事记 · 2020年', quote: '加入中德经济顾问委员会' },
  },
  {
    term: {
      zh: '中国德国友好协会',
      de: 'Chinesisch-Deutsche Freundschaftsgesellschaft',
      en: 'China-Germany Friendship Association',
    },
    source: { section: '对德合作大事记 · 2021年', quote: '加入中国德国友好协会' },
  },
  {
    term: { zh: '致公党', de: 'Zhi-Gong-Partei Chinas', en: 'China Zhi Gong Party' },
    source: {
      section: '下一步',
      quote: '致公党“引凤工程”太仓对德合作专场路演',
    },
  },

  // Policy documents and programmes
  {
    term: {
      zh: '长江三角洲区域一体化发展规划纲要',
      de: 'Rahmenplan für die integrierte Entwicklung des Jangtse-Deltas',
      en: 'Outline of the Integrated Regional Development Plan for the Yangtze River Delta',
    },
    source: {
      section: '对德合作大事记 · 2019年',
      quote: '“加快建设太仓中德中小企业合作区”写入《长江三角洲区域一体化发展规划纲要》',
    },
  },
  {
    term: {
      zh: '中欧区域政策合作',
      de: 'EU-China-Zusammenarbeit in der Regionalpolitik',
      en: 'EU-China regional policy cooperation',
    },
    source: {
      section: '对德合作大事记 · 2021年',
      quote: '太仓市对德合作成功入选国家发改委第三轮中欧区域政策合作中方案例地区',
    },
  },
  {
    term: { zh: '十四五', de: '14. Fünfjahresplan', en: '14th Five-Year Plan' },
    source: {
      section: '对德合作大事记 · 2021年',
      quote: '太仓出台《太仓市进一步深化对德经贸合作打造中德中小企业合作示范区“十四五”实施方案》',
    },
  },
  {
    term: {
      zh: '中国(江苏)自由贸易试验区苏州片区',
      de: 'Pilot-Freihandelszone China (Jiangsu), Bereich Suzhou',
      en: 'China (Jiangsu) Pilot Free Trade Zone, Suzhou Area',
    },
    source: {
      section: '对德合作大事记 · 2022年',
      quote:
        '中国首个AHK学院获颁“中国(江苏)自由贸易试验区苏州片区太仓联动创新区外商独资经营性职业技能培训机构办学许可证”',
    },
  },

  // German authorities and places
  {
    term: {
      zh: '德国经济部',
      de: 'Bundesministerium für Wirtschaft und Technologie',
      en: 'Federal Ministry of Economics and Technology',
    },
    notes: {
      zh: '2008年时的部名;其他年份按当时的正式名称翻译。',
      de: 'Bezeichnung des Ministeriums im Jahr 2008; für andere Jahre den jeweils gültigen Namen verwenden.',
      en: 'The ministry’s name in 2008; for other years use the name then in force.',
    },
    source: {
      section: '对德合作大事记 · 2008年',
      quote: '2008年中国商务部和德国经济部共同授予太仓“中德企业合作基地”称号。',
    },
  },
  {
    term: { zh: '北威州', de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia' },
    source: { section: '对德合作大事记 · 2017年', quote: '太仓与德国北威州于利希市缔结友好关系' },
  },
  {
    term: { zh: '于利希', de: 'Jülich', en: 'Jülich' },
    source: { section: '对德合作大事记 · 2017年', quote: '太仓与德国北威州于利希市缔结友好关系' },
  },
  {
    term: {
      zh: '莱茵-内卡地区',
      de: 'Rhein-Neckar-Region',
      en: 'Rhine-Neckar region',
    },
    source: {
      section: '对德合作大事记 · 2018年',
      quote: '太仓与德国莱茵-内卡地区签订建立区域友好关系意向书',
    },
  },
  {
    term: { zh: '汉诺威', de: 'Hannover', en: 'Hanover' },
    source: { section: '对德合作大事记 · 2012年', quote: '“中德中小企业合作论坛”在德国汉诺威举行' },
  },
  {
    term: { zh: '杜伊斯堡', de: 'Duisburg', en: 'Duisburg' },
    source: {
      section: '对德合作大事记 · 2020年',
      quote: '从德国杜伊斯堡发出的“德国-太仓”直达货运专线抵达太仓',
    },
  },
  {
    term: {
      zh: '拜仁慕尼黑足球俱乐部',
      de: 'FC Bayern München',
      en: 'FC Bayern Munich',
    },
    source: { section: '下一步', quote: '加快拜仁慕尼黑足球俱乐部合作协议落地' },
  },

  // Universities
  {
    term: {
      zh: '多特蒙德应用技术大学',
      de: 'Fachhochschule Dortmund',
      en: 'Fachhochschule Dortmund (Dortmund University of Applied Sciences and Arts)',
    },
    source: {
      section: '对德合作大事记 · 2016年',
      quote:
        '太仓市人民政府、德国多特蒙德应用技术大学、上海工程技术大学、AHK上海代表处四方合作签约仪式举行',
    },
  },
  {
    term: {
      zh: '上海工程技术大学',
      de: 'Shanghai University of Engineering Science',
      en: 'Shanghai University of Engineering Science',
    },
    source: {
      section: '对德合作大事记 · 2016年',
      quote:
        '太仓市人民政府、德国多特蒙德应用技术大学、上海工程技术大学、AHK上海代表处四方合作签约仪式举行',
    },
  },
  {
    term: {
      zh: '苏州健雄职业技术学院',
      de: 'Suzhou Chien-Shiung Institute of Technology',
      en: 'Suzhou Chien-Shiung Institute of Technology',
    },
    source: {
      section: '对德合作大事记 · 2015年',
      quote: 'AHK德国双元制职业教育联盟在苏州健雄职业技术学院成立。',
    },
  },
]
