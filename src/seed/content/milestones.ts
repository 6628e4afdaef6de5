import type { SeedMilestone } from './types'

/**
 * One record per dated item of the article's 大事记 (each semicolon-separated item of a year is
 * its own milestone), plus the 1993 arrival of the first German company from the introduction and
 * the incubator's opening in July 2021 from a photo caption. The article gives years only, except
 * for that caption's month: it alone has a `date`, with `datePrecision: 'month'`.
 */
export const milestones: SeedMilestone[] = [
  {
    key: '1993-kern-liebers',
    year: 1993,
    category: 'institution',
    title: {
      zh: '第一家德企克恩-里伯斯落户太仓',
      de: 'Kern-Liebers siedelt sich als erstes deutsches Unternehmen in Taicang an',
      en: 'Kern-Liebers becomes the first German company in Taicang',
    },
    summary: {
      zh: '自1993年第一家德企克恩-里伯斯落户太仓以来,太仓对德合作以独特的“源自民间、自下而上”模式取得了较好的成效。',
      de: 'Seit sich 1993 mit Kern-Liebers das erste deutsche Unternehmen in Taicang angesiedelt hat, erzielt Taicangs Zusammenarbeit mit Deutschland nach einem eigenen Modell – „aus der Wirtschaft heraus, von unten nach oben“ – gute Ergebnisse.',
      en: 'Since Kern-Liebers became the first German company to settle in Taicang in 1993, Taicang’s cooperation with Germany has achieved good results through its distinctive “business-led, bottom-up” model.',
    },
    enterprises: ['kern-liebers'],
    source: {
      section: '导语',
      quote:
        '自1993年第一家德企克恩-里伯斯落户太仓以来,太仓对德合作以独特的“源自民间、自下而上”模式取得了较好的成效',
    },
  },
  {
    key: '2008-enterprise-cooperation-base',
    year: 2008,
    category: 'recognition',
    title: {
      zh: '太仓获授“中德企业合作基地”称号',
      de: 'Taicang wird „Deutsch-Chinesische Basis für Unternehmenskooperation“',
      en: 'Taicang named a “Sino-German Enterprise Cooperation Base”',
    },
    summary: {
      zh: '2008年中国商务部和德国经济部共同授予太仓“中德企业合作基地”称号。',
      de: 'Das chinesische Handelsministerium (MOFCOM) und das Bundesministerium für Wirtschaft und Technologie verliehen Taicang 2008 gemeinsam den Titel „Deutsch-Chinesische Basis für Unternehmenskooperation“.',
      en: 'In 2008 China’s Ministry of Commerce (MOFCOM) and Germany’s Federal Ministry of Economics and Technology jointly awarded Taicang the title “Sino-German Enterprise Cooperation Base”.',
    },
    source: {
      section: '对德合作大事记 · 2008年',
      quote: '2008年中国商务部和德国经济部共同授予太仓“中德企业合作基地”称号。',
    },
  },
  {
    key: '2012-sme-cooperation-demonstration-zone',
    year: 2012,
    category: 'recognition',
    title: {
      zh: '全国首个“中德中小企业合作示范区”',
      de: 'Chinas erste „Deutsch-Chinesische Modellzone für KMU-Kooperation“',
      en: 'China’s first “Sino-German SME Cooperation Demonstration Zone”',
    },
    summary: {
      zh: '国家工信部授予太仓全国首个“中德中小企业合作示范区”。',
      de: 'Das Ministerium für Industrie und Informationstechnologie (MIIT) verlieh Taicang als erster Stadt Chinas den Titel „Deutsch-Chinesische Modellzone für KMU-Kooperation“.',
      en: 'The Ministry of Industry and Information Technology (MIIT) designated Taicang as China’s first “Sino-German SME Cooperation Demonstration Zone”.',
    },
    source: {
      section: '对德合作大事记 · 2012年',
      quote: '国家工信部授予太仓全国首个“中德中小企业合作示范区”',
    },
  },
  {
    key: '2012-sme-cooperation-forum-hannover',
    year: 2012,
    category: 'event',
    title: {
      zh: '太仓出席汉诺威“中德中小企业合作论坛”',
      de: 'Taicang beim Deutsch-Chinesischen Forum für KMU-Kooperation in Hannover',
      en: 'Taicang at the Sino-German SME Cooperation Forum in Hanover',
    },
    summary: {
      zh: '“中德中小企业合作论坛”在德国汉诺威举行,太仓作为全国唯一一个县级市出席论坛。',
      de: 'In Hannover fand das „Deutsch-Chinesische Forum für KMU-Kooperation“ statt; Taicang nahm als einzige Stadt auf Kreisebene aus China teil.',
      en: 'The Sino-German SME Cooperation Forum was held in Hanover, Germany; Taicang attended as the only county-level city from China.',
    },
    events: ['2012-sme-cooperation-forum-hannover'],
    source: {
      section: '对德合作大事记 · 2012年',
      quote: '“中德中小企业合作论坛”在德国汉诺威举行,太仓作为全国唯一一个县级市出席论坛。',
    },
  },
  {
    key: '2013-advanced-manufacturing-innovation-park',
    year: 2013,
    category: 'recognition',
    title: {
      zh: '太仓高新区获认定为苏州国家先进制造技术国际创新园',
      de: 'Hightech-Zone Taicang als staatlich anerkannter internationaler Innovationspark für fortschrittliche Fertigungstechnik ausgewiesen',
      en: 'Taicang High-tech Zone recognised as a state-level international innovation park for advanced manufacturing technology',
    },
    summary: {
      zh: '国家科技部认定太仓高新区为苏州国家先进制造技术国际创新园。',
      de: 'Das Ministerium für Wissenschaft und Technologie (MOST) wies die Hightech-Zone Taicang als staatlich anerkannten „Internationalen Innovationspark für fortschrittliche Fertigungstechnik Suzhou“ aus.',
      en: 'The Ministry of Science and Technology (MOST) recognised Taicang High-tech Zone as the “Suzhou International Innovation Park for Advanced Manufacturing Technology”, a state-level park.',
    },
    source: {
      section: '对德合作大事记 · 2013年',
      quote: '国家科技部认定太仓高新区为苏州国家先进制造技术国际创新园',
    },
  },
  {
    key: '2013-german-enterprise-talent-website',
    year: 2013,
    category: 'institution',
    title: {
      zh: '全国首家德企人力资源网站上线运行',
      de: 'Chinas erstes Personalportal für deutsche Unternehmen geht online',
      en: 'China’s first HR website for German enterprises goes live',
    },
    summary: {
      zh: '全国首家德企人力资源网站——“中国·公共人力资源市场——德企人才”网站上线运行。',
      de: 'Mit „China · Öffentlicher Personalmarkt – Fachkräfte für deutsche Unternehmen“ ging Chinas erstes Personalportal für deutsche Unternehmen online.',
      en: 'China’s first human-resources website for German enterprises, “China · Public Human Resources Market – Talent for German Enterprises”, went live.',
    },
    platforms: ['german-enterprise-talent-website'],
    source: {
      section: '对德合作大事记 · 2013年',
      quote: '全国首家德企人力资源网站——“中国·公共人力资源市场——德企人才”网站上线运行。',
    },
  },
  {
    key: '2014-ahk-taicang-office',
    year: 2014,
    category: 'institution',
    title: {
      zh: '德国工商大会太仓办事处成立',
      de: 'AHK-Büro Taicang gegründet',
      en: 'AHK Taicang office established',
    },
    summary: {
      zh: '德国工商大会太仓办事处成立。',
      de: 'Die Deutsche Auslandshandelskammer (AHK) gründete ihr Büro in Taicang.',
      en: 'The German Chamber of Commerce Abroad (AHK) established its Taicang office.',
    },
    platforms: ['ahk-taicang-office'],
    source: { section: '对德合作大事记 · 2014年', quote: '德国工商大会太仓办事处成立' },
  },
  {
    key: '2014-innovation-park-sme-park',
    year: 2014,
    category: 'infrastructure',
    title: {
      zh: '太仓中德创新园-中小企业园建成投用',
      de: 'KMU-Park des Deutsch-Chinesischen Innovationsparks Taicang in Betrieb',
      en: 'SME Park of the Taicang Sino-German Innovation Park opens',
    },
    summary: {
      zh: '太仓中德创新园-中小企业园建成投用。',
      de: 'Der KMU-Park des Deutsch-Chinesischen Innovationsparks Taicang wurde fertiggestellt und in Betrieb genommen.',
      en: 'The SME Park of the Taicang Sino-German Innovation Park was completed and put into use.',
    },
    platforms: ['innovation-park-sme', 'sino-german-innovation-park'],
    source: { section: '对德合作大事记 · 2014年', quote: '太仓中德创新园-中小企业园建成投用。' },
  },
  {
    key: '2015-precision-machinery-export-quality-zone',
    year: 2015,
    category: 'recognition',
    title: {
      zh: '出口精密机械产品质量安全示范区获批',
      de: 'Modellzone für Qualität und Sicherheit exportierter Präzisionsmaschinen genehmigt',
      en: 'Demonstration zone for the quality and safety of exported precision machinery approved',
    },
    summary: {
      zh: '国家质检总局批准中德企业合作基地出口精密机械产品质量安全示范区。',
      de: 'Die Hauptverwaltung für Qualitätsüberwachung, Inspektion und Quarantäne (AQSIQ) genehmigte an der Deutsch-Chinesischen Basis für Unternehmenskooperation eine Modellzone für Qualität und Sicherheit exportierter Präzisionsmaschinen.',
      en: 'The General Administration of Quality Supervision, Inspection and Quarantine (AQSIQ) approved a demonstration zone for the quality and safety of exported precision machinery at the Sino-German Enterprise Cooperation Base.',
    },
    source: {
      section: '对德合作大事记 · 2015年',
      quote: '国家质检总局批准中德企业合作基地出口精密机械产品质量安全示范区',
    },
  },
  {
    key: '2015-taicang-office-germany',
    year: 2015,
    category: 'institution',
    title: {
      zh: '太仓驻德办事处成立',
      de: 'Repräsentanz Taicangs in Deutschland gegründet',
      en: 'Taicang Representative Office in Germany established',
    },
    summary: {
      zh: '太仓驻德办事处成立。',
      de: 'Taicang gründete seine Repräsentanz in Deutschland.',
      en: 'Taicang established its representative office in Germany.',
    },
    platforms: ['taicang-office-germany'],
    source: { section: '对德合作大事记 · 2015年', quote: '太仓驻德办事处成立' },
  },
  {
    key: '2015-deutsches-zentrum',
    year: 2015,
    category: 'institution',
    title: {
      zh: '德国中心落户太仓',
      de: 'German Centre Taicang angesiedelt',
      en: 'German Centre Taicang established',
    },
    summary: {
      zh: '全球第六个、中国第三个德国中心落户太仓。',
      de: 'Als weltweit sechstes und drittes in China wurde das German Centre Taicang angesiedelt.',
      en: 'German Centre Taicang was established as the sixth German Centre worldwide and the third in China.',
    },
    platforms: ['german-centre-taicang'],
    source: { section: '对德合作大事记 · 2015年', quote: '全球第六个、中国第三个德国中心落户太仓' },
  },
  {
    key: '2015-ahk-dual-vocational-training-alliance',
    year: 2015,
    category: 'education',
    title: {
      zh: 'AHK德国双元制职业教育联盟成立',
      de: 'AHK-Allianz für deutsche duale Berufsausbildung gegründet',
      en: 'AHK Alliance for German Dual Vocational Training founded',
    },
    summary: {
      zh: 'AHK德国双元制职业教育联盟在苏州健雄职业技术学院成立。',
      de: 'Am Suzhou Chien-Shiung Institute of Technology wurde die AHK-Allianz für deutsche duale Berufsausbildung gegründet.',
      en: 'The AHK Alliance for German Dual Vocational Training was founded at Suzhou Chien-Shiung Institute of Technology.',
    },
    platforms: ['ahk-dual-vet-alliance', 'chien-shiung-institute'],
    source: {
      section: '对德合作大事记 · 2015年',
      quote: 'AHK德国双元制职业教育联盟在苏州健雄职业技术学院成立。',
    },
  },
  {
    key: '2016-university-of-applied-sciences-agreement',
    year: 2016,
    category: 'agreement',
    title: {
      zh: '四方合作签约 在太仓筹建一所应用技术大学',
      de: 'Vierseitige Vereinbarung zum Aufbau einer Hochschule für angewandte Wissenschaften in Taicang',
      en: 'Four-party agreement to establish a university of applied sciences in Taicang',
    },
    summary: {
      zh: '太仓市人民政府、德国多特蒙德应用技术大学、上海工程技术大学、AHK上海代表处四方合作签约仪式举行,在太仓筹建一所应用技术大学。',
      de: 'Die Stadtregierung Taicang, die Fachhochschule Dortmund, die Shanghai University of Engineering Science und die AHK Shanghai unterzeichneten in einer feierlichen Zeremonie eine Kooperationsvereinbarung über den Aufbau einer Hochschule für angewandte Wissenschaften in Taicang.',
      en: 'The Taicang Municipal People’s Government, Fachhochschule Dortmund (Dortmund University of Applied Sciences and Arts), Shanghai University of Engineering Science and AHK Shanghai held a four-party signing ceremony to establish a university of applied sciences in Taicang.',
    },
    platforms: ['taicang-uas'],
    events: ['2016-four-party-signing-ceremony'],
    source: {
      section: '对德合作大事记 · 2016年',
      quote:
        '太仓市人民政府、德国多特蒙德应用技术大学、上海工程技术大学、AHK上海代表处四方合作签约仪式举行,在太仓筹建一所应用技术大学。',
    },
  },
  {
    key: '2017-smart-manufacturing-innovation-park',
    year: 2017,
    category: 'recognition',
    title: {
      zh: '太仓获批中德智能制造合作创新园',
      de: 'Taicang wird Deutsch-Chinesischer Kooperations- und Innovationspark für intelligente Fertigung',
      en: 'Taicang approved as Sino-German Smart Manufacturing Cooperation and Innovation Park',
    },
    summary: {
      zh: '国家工信部批准太仓为中德智能制造合作创新园。',
      de: 'Das Ministerium für Industrie und Informationstechnologie (MIIT) genehmigte Taicang als „Deutsch-Chinesischen Kooperations- und Innovationspark für intelligente Fertigung“.',
      en: 'The Ministry of Industry and Information Technology (MIIT) approved Taicang as a “Sino-German Smart Manufacturing Cooperation and Innovation Park”.',
    },
    source: {
      section: '对德合作大事记 · 2017年',
      quote: '国家工信部批准太仓为中德智能制造合作创新园',
    },
  },
  {
    key: '2017-juelich-friendship',
    year: 2017,
    category: 'agreement',
    title: {
      zh: '太仓与于利希市缔结友好关系',
      de: 'Freundschaftsbeziehungen mit Jülich',
      en: 'Friendly relations with Jülich',
    },
    summary: {
      zh: '太仓与德国北威州于利希市缔结友好关系。',
      de: 'Taicang ging freundschaftliche Beziehungen mit der Stadt Jülich in Nordrhein-Westfalen ein.',
      en: 'Taicang established friendly relations with the city of Jülich in North Rhine-Westphalia, Germany.',
    },
    source: { section: '对德合作大事记 · 2017年', quote: '太仓与德国北威州于利希市缔结友好关系' },
  },
  {
    key: '2017-dual-bachelor-programme',
    year: 2017,
    category: 'education',
    title: {
      zh: '中德合作太仓双元制本科项目正式开班',
      de: 'Deutsch-Chinesischer Bachelorstudiengang mit dualer Berufsausbildung in Taicang startet',
      en: 'Sino-German bachelor’s programme with dual vocational training starts in Taicang',
    },
    summary: {
      zh: '中德合作太仓双元制本科项目正式开班。',
      de: 'Der in deutsch-chinesischer Zusammenarbeit aufgebaute Bachelorstudiengang mit dualer Berufsausbildung in Taicang nahm offiziell den Lehrbetrieb auf.',
      en: 'The bachelor’s programme with dual vocational training, set up in Taicang through Sino-German cooperation, officially began classes.',
    },
    platforms: ['dual-bachelor-programme'],
    source: { section: '对德合作大事记 · 2017年', quote: '中德合作太仓双元制本科项目正式开班' },
  },
  {
    key: '2017-hidden-champions-summit',
    year: 2017,
    category: 'event',
    title: {
      zh: '首届中德“隐形冠军”峰会在太仓举办',
      de: 'Erster Deutsch-Chinesischer Hidden-Champions-Gipfel in Taicang',
      en: 'First Sino-German Hidden Champions Summit in Taicang',
    },
    summary: {
      zh: '首届中德“隐形冠军”峰会在太仓成功举办。',
      de: 'Der erste Deutsch-Chinesische Hidden-Champions-Gipfel fand erfolgreich in Taicang statt.',
      en: 'The first Sino-German Hidden Champions Summit was successfully held in Taicang.',
    },
    events: ['2017-hidden-champions-summit'],
    source: { section: '对德合作大事记 · 2017年', quote: '首届中德“隐形冠军”峰会在太仓成功举办。' },
  },
  {
    key: '2018-rhine-neckar-letter-of-intent',
    year: 2018,
    category: 'agreement',
    title: {
      zh: '太仓与莱茵-内卡地区签订建立区域友好关系意向书',
      de: 'Absichtserklärung über regionale Freundschaft mit der Rhein-Neckar-Region',
      en: 'Letter of intent on regional friendship with the Rhine-Neckar region',
    },
    summary: {
      zh: '太仓与德国莱茵-内卡地区签订建立区域友好关系意向书。',
      de: 'Taicang und die Rhein-Neckar-Region in Deutschland unterzeichneten eine Absichtserklärung über die Aufnahme regionaler Freundschaftsbeziehungen.',
      en: 'Taicang and the Rhine-Neckar region in Germany signed a letter of intent to establish regional friendship relations.',
    },
    source: {
      section: '对德合作大事记 · 2018年',
      quote: '太仓与德国莱茵-内卡地区签订建立区域友好关系意向书',
    },
  },
  {
    key: '2018-economic-technological-cooperation-forum',
    year: 2018,
    category: 'event',
    title: {
      zh: '太仓受邀参加第九届中德经济技术合作论坛',
      de: 'Taicang beim 9. Deutsch-Chinesischen Forum für wirtschaftliche und technologische Zusammenarbeit',
      en: 'Taicang at the 9th Sino-German Forum for Economic and Technological Cooperation',
    },
    summary: {
      zh: '太仓作为唯一中国城市代表受邀参加第九届中德经济技术合作论坛,并与欧商企业投资协会负责人签订了“建立智能制造领域全方位合作关系”意向书。',
      de: 'Als einzige chinesische Stadt wurde Taicang zum 9. Deutsch-Chinesischen Forum für wirtschaftliche und technologische Zusammenarbeit eingeladen und unterzeichnete mit der Leitung des Europäischen Unternehmens- und Investitionsverbands eine Absichtserklärung über den „Aufbau einer umfassenden Partnerschaft im Bereich der intelligenten Fertigung“.',
      en: 'Taicang was invited to the 9th Sino-German Forum for Economic and Technological Cooperation as the only Chinese city, and signed a letter of intent with the head of the European Business Investment Association on “establishing an all-round partnership in smart manufacturing”.',
    },
    events: ['2018-economic-technological-cooperation-forum'],
    source: {
      section: '对德合作大事记 · 2018年',
      quote:
        '太仓作为唯一中国城市代表受邀参加第九届中德经济技术合作论坛,并与欧商企业投资协会负责人签订了“建立智能制造领域全方位合作关系”意向书',
    },
  },
  {
    key: '2018-innovation-park-advanced-manufacturing-park',
    year: 2018,
    category: 'infrastructure',
    title: {
      zh: '太仓中德创新园-先进制造园竣工投用',
      de: 'Park für fortschrittliche Fertigung des Deutsch-Chinesischen Innovationsparks Taicang in Betrieb',
      en: 'Advanced Manufacturing Park of the Taicang Sino-German Innovation Park opens',
    },
    summary: {
      zh: '太仓中德创新园-先进制造园竣工投用。',
      de: 'Der Park für fortschrittliche Fertigung des Deutsch-Chinesischen Innovationsparks Taicang wurde fertiggestellt und in Betrieb genommen.',
      en: 'The Advanced Manufacturing Park of the Taicang Sino-German Innovation Park was completed and put into use.',
    },
    platforms: ['innovation-park-advanced-manufacturing', 'sino-german-innovation-park'],
    source: { section: '对德合作大事记 · 2018年', quote: '太仓中德创新园-先进制造园竣工投用。' },
  },
  {
    key: '2019-yangtze-river-delta-plan',
    year: 2019,
    category: 'policy',
    title: {
      zh: '“加快建设太仓中德中小企业合作区”写入长三角规划纲要',
      de: 'KMU-Kooperationszone Taicang im Rahmenplan für das Jangtse-Delta',
      en: 'Taicang SME cooperation zone written into the Yangtze River Delta plan',
    },
    summary: {
      zh: '“加快建设太仓中德中小企业合作区”写入《长江三角洲区域一体化发展规划纲要》。',
      de: 'Die Vorgabe, „den Aufbau der Deutsch-Chinesischen KMU-Kooperationszone Taicang zu beschleunigen“, wurde in den Rahmenplan für die integrierte Entwicklung des Jangtse-Deltas aufgenommen.',
      en: '“Accelerating the development of the Taicang Sino-German SME Cooperation Zone” was written into the Outline of the Integrated Regional Development Plan for the Yangtze River Delta.',
    },
    source: {
      section: '对德合作大事记 · 2019年',
      quote: '“加快建设太仓中德中小企业合作区”写入《长江三角洲区域一体化发展规划纲要》',
    },
  },
  {
    key: '2019-innovative-cities-forum-taicang-day',
    year: 2019,
    category: 'event',
    title: {
      zh: '中德创新城市合作论坛暨太仓日活动在柏林举办',
      de: 'Deutsch-Chinesisches Forum innovativer Städte und Taicang-Tag in Berlin',
      en: 'Sino-German Innovative Cities Cooperation Forum and Taicang Day in Berlin',
    },
    summary: {
      zh: '中德创新城市合作论坛暨太仓日活动在柏林成功举办。',
      de: 'Das Deutsch-Chinesische Kooperationsforum innovativer Städte und der Taicang-Tag fanden erfolgreich in Berlin statt.',
      en: 'The Sino-German Innovative Cities Cooperation Forum and Taicang Day were successfully held in Berlin.',
    },
    events: ['2019-innovative-cities-forum-taicang-day'],
    source: {
      section: '对德合作大事记 · 2019年',
      quote: '中德创新城市合作论坛暨太仓日活动在柏林成功举办',
    },
  },
  {
    key: '2019-dual-qualified-teacher-training-centre',
    year: 2019,
    category: 'education',
    title: {
      zh: '中德(太仓)“双师型”教师培养培训中心成立',
      de: 'Zentrum für „doppelt qualifizierte“ Lehrkräfte gegründet',
      en: 'Training centre for “dual-qualified” teachers founded',
    },
    summary: {
      zh: '中德(太仓)“双师型”教师培养培训中心成立。',
      de: 'Das Deutsch-Chinesische Zentrum (Taicang) für die Aus- und Weiterbildung „doppelt qualifizierter“ Lehrkräfte wurde gegründet.',
      en: 'The Sino-German (Taicang) Training Centre for “Dual-Qualified” Teachers was established.',
    },
    platforms: ['dual-qualified-teacher-centre'],
    source: { section: '对德合作大事记 · 2019年', quote: '中德(太仓)“双师型”教师培养培训中心成立' },
  },
  {
    key: '2019-dual-education-research-institute',
    year: 2019,
    category: 'education',
    title: {
      zh: '太仓双元制教育研究院揭牌 举办全国首次中德高端制造工匠技能挑战赛',
      de: 'Forschungsinstitut für duale Berufsausbildung eröffnet, erster Fachkräftewettbewerb',
      en: 'Research institute for dual vocational training inaugurated; first craftsmen skills challenge',
    },
    summary: {
      zh: '太仓双元制教育研究院揭牌,成功举办全国首次中德高端制造工匠技能挑战赛。',
      de: 'Das Forschungsinstitut für duale Berufsausbildung Taicang wurde feierlich eröffnet; zudem fand erfolgreich die landesweit erste Deutsch-Chinesische Skills Challenge für Fachkräfte der High-End-Fertigung statt.',
      en: 'The Taicang Research Institute for Dual Vocational Training was inaugurated, and China’s first Sino-German High-End Manufacturing Craftsmen Skills Challenge was successfully held.',
    },
    platforms: ['dual-education-institute'],
    events: ['2019-craftsmen-skills-challenge'],
    source: {
      section: '对德合作大事记 · 2019年',
      quote: '太仓双元制教育研究院揭牌,成功举办全国首次中德高端制造工匠技能挑战赛',
    },
  },
  {
    key: '2019-uas-cooperation-symposium',
    year: 2019,
    category: 'event',
    title: {
      zh: '中德应用技术大学合作首届研讨会召开',
      de: 'Erstes Symposium zur deutsch-chinesischen Kooperation von Hochschulen für angewandte Wissenschaften',
      en: 'First symposium on Sino-German cooperation of universities of applied sciences',
    },
    summary: {
      zh: '中德应用技术大学合作首届研讨会在苏州健雄职业技术学院召开。',
      de: 'Am Suzhou Chien-Shiung Institute of Technology fand das erste Symposium zur deutsch-chinesischen Zusammenarbeit von Hochschulen für angewandte Wissenschaften statt.',
      en: 'The first symposium on Sino-German cooperation between universities of applied sciences was held at Suzhou Chien-Shiung Institute of Technology.',
    },
    platforms: ['chien-shiung-institute'],
    events: ['2019-uas-cooperation-symposium'],
    source: {
      section: '对德合作大事记 · 2019年',
      quote: '中德应用技术大学合作首届研讨会在苏州健雄职业技术学院召开。',
    },
  },
  {
    key: '2020-economic-advisory-committee',
    year: 2020,
    category: 'recognition',
    title: {
      zh: '加入中德经济顾问委员会',
      de: 'Beitritt zum Deutsch-Chinesischen Beratenden Wirtschaftsausschuss',
      en: 'Joins the China-Germany Economic Advisory Committee',
    },
    summary: {
      zh: '加入中德经济顾问委员会。',
      de: 'Taicang trat dem Deutsch-Chinesischen Beratenden Wirtschaftsausschuss bei.',
      en: 'Taicang joined the China-Germany Economic Advisory Committee.',
    },
    source: { section: '对德合作大事记 · 2020年', quote: '加入中德经济顾问委员会' },
  },
  {
    key: '2020-duisburg-taicang-freight-line',
    year: 2020,
    category: 'infrastructure',
    title: {
      zh: '“德国-太仓”直达货运专线抵达太仓',
      de: 'Direkte Güterverbindung „Deutschland–Taicang“ erreicht Taicang',
      en: 'Direct “Germany–Taicang” freight service arrives in Taicang',
    },
    summary: {
      zh: '从德国杜伊斯堡发出的“德国-太仓”直达货运专线抵达太仓。',
      de: 'Die in Duisburg gestartete direkte Güterverbindung „Deutschland–Taicang“ erreichte Taicang.',
      en: 'The direct “Germany–Taicang” freight service dispatched from Duisburg arrived in Taicang.',
    },
    platforms: ['germany-taicang-freight-line'],
    source: {
      section: '对德合作大事记 · 2020年',
      quote: '从德国杜伊斯堡发出的“德国-太仓”直达货运专线抵达太仓',
    },
  },
  {
    key: '2020-dual-vocational-training-guidelines',
    year: 2020,
    category: 'education',
    title: {
      zh: '太仓发布《双元制职业教育人才培养指南》',
      de: 'Leitfaden für die Fachkräfteausbildung in der dualen Berufsausbildung veröffentlicht',
      en: 'Guidelines on developing skilled workers through dual vocational training published',
    },
    summary: {
      zh: '太仓发布了全国首个中德在职业教育领域合作的标准化成果——《双元制职业教育人才培养指南》。',
      de: 'Taicang veröffentlichte mit dem „Leitfaden für die Fachkräfteausbildung in der dualen Berufsausbildung“ das landesweit erste standardisierte Ergebnis der deutsch-chinesischen Zusammenarbeit in der Berufsbildung.',
      en: 'Taicang published the “Guidelines on Developing Skilled Workers through Dual Vocational Training”, China’s first standardised outcome of Sino-German cooperation in vocational education.',
    },
    source: {
      section: '对德合作大事记 · 2020年',
      quote: '太仓发布了全国首个中德在职业教育领域合作的标准化成果——《双元制职业教育人才培养指南》',
    },
  },
  {
    key: '2020-german-sme-incubation-centre',
    year: 2020,
    category: 'institution',
    title: {
      zh: '首个飞地载体——德国中小企业(太仓)孵化中心揭牌',
      de: 'Inkubationszentrum für deutsche KMU (Taicang) offiziell ins Leben gerufen',
      en: 'German SME (Taicang) Incubation Centre officially launched',
    },
    summary: {
      zh: '首个飞地载体——德国中小企业(太仓)孵化中心揭牌。',
      de: 'Mit dem Inkubationszentrum für deutsche KMU (Taicang) wurde der erste Enklaven-Standort offiziell ins Leben gerufen.',
      en: 'The German SME (Taicang) Incubation Centre, the first “enclave” facility, was officially launched with the unveiling of its nameplate.',
    },
    platforms: ['german-sme-incubator'],
    source: {
      section: '对德合作大事记 · 2020年',
      quote: '首个飞地载体——德国中小企业(太仓)孵化中心揭牌。',
    },
  },
  {
    key: '2021-07-german-sme-incubator-opening',
    year: 2021,
    date: '2021-07-01',
    datePrecision: 'month',
    category: 'institution',
    title: {
      zh: '德国中小企业(太仓)孵化中心开业',
      de: 'Inkubationszentrum für deutsche KMU (Taicang) eröffnet',
      en: 'German SME (Taicang) Incubation Centre opens',
    },
    summary: {
      zh: '2021年7月德国中小企业(太仓)孵化中心开业。',
      de: 'Im Juli 2021 nahm das Inkubationszentrum für deutsche KMU (Taicang) seinen Betrieb auf.',
      en: 'The German SME (Taicang) Incubation Centre opened in July 2021.',
    },
    platforms: ['german-sme-incubator'],
    source: { section: '图片说明', quote: '2021年7月德国中小企业(太仓)孵化中心开业' },
  },
  {
    key: '2021-china-germany-friendship-association',
    year: 2021,
    category: 'recognition',
    title: {
      zh: '加入中国德国友好协会',
      de: 'Beitritt zur Chinesisch-Deutschen Freundschaftsgesellschaft',
      en: 'Joins the China-Germany Friendship Association',
    },
    summary: {
      zh: '加入中国德国友好协会。',
      de: 'Taicang trat der Chinesisch-Deutschen Freundschaftsgesellschaft bei.',
      en: 'Taicang joined the China-Germany Friendship Association.',
    },
    source: { section: '对德合作大事记 · 2021年', quote: '加入中国德国友好协会' },
  },
  {
    key: '2021-jiangsu-policy-opinions',
    year: 2021,
    category: 'policy',
    title: {
      zh: '江苏省商务厅等4部门首次联合出台支持太仓对德合作政策文件',
      de: 'Erstes gemeinsames Grundsatzpapier von vier Provinzbehörden Jiangsus zur Unterstützung Taicangs',
      en: 'Four Jiangsu provincial departments issue first joint policy document supporting Taicang',
    },
    summary: {
      zh: '江苏省商务厅等4部门首次联合出台政策文件《关于支持太仓进一步深化对德经贸合作打造中德中小企业合作示范区的意见》。',
      de: 'Das Handelsamt der Provinz Jiangsu und drei weitere Behörden veröffentlichten erstmals gemeinsam ein Grundsatzpapier: die „Leitlinien zur Unterstützung Taicangs bei der weiteren Vertiefung der Wirtschafts- und Handelszusammenarbeit mit Deutschland und beim Aufbau der Deutsch-Chinesischen Modellzone für KMU-Kooperation“.',
      en: 'The Department of Commerce of Jiangsu Province and three other departments jointly issued, for the first time, a policy document: the “Opinions on Supporting Taicang in Further Deepening Economic and Trade Cooperation with Germany and Building the Sino-German SME Cooperation Demonstration Zone”.',
    },
    source: {
      section: '对德合作大事记 · 2021年',
      quote:
        '江苏省商务厅等4部门首次联合出台政策文件《关于支持太仓进一步深化对德经贸合作打造中德中小企业合作示范区的意见》',
    },
  },
  {
    key: '2021-14th-five-year-implementation-plan',
    year: 2021,
    category: 'policy',
    title: {
      zh: '太仓出台对德经贸合作“十四五”实施方案',
      de: 'Taicang erlässt Umsetzungsplan zum 14. Fünfjahresplan für die Zusammenarbeit mit Deutschland',
      en: 'Taicang issues 14th Five-Year Plan implementation plan for cooperation with Germany',
    },
    summary: {
      zh: '太仓出台《太仓市进一步深化对德经贸合作打造中德中小企业合作示范区“十四五”实施方案》。',
      de: 'Taicang erließ den „Umsetzungsplan der Stadt Taicang für den 14. Fünfjahresplan zur weiteren Vertiefung der Wirtschafts- und Handelszusammenarbeit mit Deutschland und zum Aufbau der Deutsch-Chinesischen Modellzone für KMU-Kooperation“.',
      en: 'Taicang issued the “Taicang Implementation Plan for the 14th Five-Year Plan Period on Further Deepening Economic and Trade Cooperation with Germany and Building the Sino-German SME Cooperation Demonstration Zone”.',
    },
    source: {
      section: '对德合作大事记 · 2021年',
      quote: '太仓出台《太仓市进一步深化对德经贸合作打造中德中小企业合作示范区“十四五”实施方案》',
    },
  },
  {
    key: '2021-eu-china-regional-policy-cooperation',
    year: 2021,
    category: 'recognition',
    title: {
      zh: '入选中欧区域政策合作中方案例地区',
      de: 'Chinesische Fallregion der EU-China-Zusammenarbeit in der Regionalpolitik',
      en: 'Selected as a Chinese case region for EU-China regional policy cooperation',
    },
    summary: {
      zh: '太仓市对德合作成功入选国家发改委第三轮中欧区域政策合作中方案例地区。',
      de: 'Taicangs Zusammenarbeit mit Deutschland wurde von der Nationalen Entwicklungs- und Reformkommission (NDRC) in der dritten Runde der EU-China-Zusammenarbeit in der Regionalpolitik als chinesische Fallregion ausgewählt.',
      en: 'Taicang’s cooperation with Germany was selected by the National Development and Reform Commission (NDRC) as a Chinese case region in the third round of EU-China regional policy cooperation.',
    },
    source: {
      section: '对德合作大事记 · 2021年',
      quote: '太仓市对德合作成功入选国家发改委第三轮中欧区域政策合作中方案例地区',
    },
  },
  {
    key: '2021-ahk-academy',
    year: 2021,
    category: 'education',
    title: {
      zh: '中国首个AHK学院落户太仓',
      de: 'Chinas erste AHK-Akademie in Taicang',
      en: 'China’s first AHK Academy in Taicang',
    },
    summary: {
      zh: '中国首个AHK学院落户太仓。',
      de: 'Die erste AHK-Akademie Chinas wurde in Taicang angesiedelt.',
      en: 'China’s first AHK Academy was established in Taicang.',
    },
    platforms: ['ahk-academy-taicang'],
    source: { section: '对德合作大事记 · 2021年', quote: '中国首个AHK学院落户太仓' },
  },
  {
    key: '2021-sino-german-data-line',
    year: 2021,
    category: 'infrastructure',
    title: {
      zh: '全国首条中德数据专线发布',
      de: 'Chinas erste deutsch-chinesische Datenstandleitung vorgestellt',
      en: 'China’s first dedicated Sino-German data line launched',
    },
    summary: {
      zh: '全国首条中德数据专线发布。',
      de: 'Die landesweit erste deutsch-chinesische Datenstandleitung wurde vorgestellt.',
      en: 'China’s first dedicated Sino-German data line was launched.',
    },
    platforms: ['sino-german-data-line'],
    source: { section: '对德合作大事记 · 2021年', quote: '全国首条中德数据专线发布。' },
  },
  {
    key: '2022-ahk-academy-licence',
    year: 2022,
    category: 'education',
    title: {
      zh: '中国首个AHK学院获颁办学许可证',
      de: 'AHK-Akademie Taicang erhält Betriebserlaubnis',
      en: 'AHK Academy Taicang receives operating licence',
    },
    summary: {
      zh: '中国首个AHK学院获颁“中国(江苏)自由贸易试验区苏州片区太仓联动创新区外商独资经营性职业技能培训机构办学许可证”。',
      de: 'Die erste AHK-Akademie Chinas erhielt die Betriebserlaubnis als gewinnorientierte Einrichtung für berufliche Qualifizierung in hundertprozentig ausländischem Besitz im Taicanger Verbund-Innovationsgebiet des Suzhou-Bereichs der Pilot-Freihandelszone China (Jiangsu).',
      en: 'China’s first AHK Academy was granted a licence to operate as a wholly foreign-owned, for-profit vocational skills training institution in the Taicang Linked Innovation Zone of the China (Jiangsu) Pilot Free Trade Zone, Suzhou Area.',
    },
    platforms: ['ahk-academy-taicang'],
    source: {
      section: '对德合作大事记 · 2022年',
      quote:
        '中国首个AHK学院获颁“中国(江苏)自由贸易试验区苏州片区太仓联动创新区外商独资经营性职业技能培训机构办学许可证”',
    },
  },
  {
    key: '2022-china-germany-business-council-jiangsu-office',
    year: 2022,
    category: 'institution',
    title: {
      zh: '获批设立中国—德国商务理事会江苏联络办公室',
      de: 'Jiangsu-Verbindungsbüro des China-Deutschland-Wirtschaftsrats genehmigt',
      en: 'Jiangsu Liaison Office of the China-Germany Business Council approved',
    },
    summary: {
      zh: '获批设立中国—德国商务理事会江苏联络办公室。',
      de: 'Taicang erhielt die Genehmigung, das Jiangsu-Verbindungsbüro des China-Deutschland-Wirtschaftsrats einzurichten.',
      en: 'Taicang received approval to set up the Jiangsu Liaison Office of the China-Germany Business Council.',
    },
    platforms: ['business-council-jiangsu-office'],
    source: {
      section: '对德合作大事记 · 2022年',
      quote: '获批设立中国—德国商务理事会江苏联络办公室。',
    },
  },
]
