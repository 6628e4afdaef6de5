import type { SeedPlatform } from './types'

/**
 * Every facility, park, service organisation, education body and piece of infrastructure the article
 * names. Designations that the article only reports as titles (中德企业合作基地, 中德中小企业合作示范区,
 * 中德智能制造合作创新园, 苏州国家先进制造技术国际创新园, 出口精密机械产品质量安全示范区) are milestones, not platforms.
 * `openedYear` only where the article gives the year, with `yearEvent` saying what happened then in
 * the article's words (落户 settled, 成立 founded, 获批 approved …). `status` only where the
 * article states a current state: 运营良好 (operating), 建成投用 (opened, hence operating), 加快建设
 * among the 海内外创平台 (under construction), 筹建 (planned); a founding years ago says nothing
 * about today, so those records have no status.
 */
export const platforms: SeedPlatform[] = [
  // Service organisations and representative offices
  {
    slug: 'german-centre-taicang',
    type: 'service-organisation',
    status: 'operating',
    openedYear: 2015,
    yearEvent: 'settled',
    name: { zh: '太仓德国中心', de: 'German Centre Taicang', en: 'German Centre Taicang' },
    location: { zh: '太仓', de: 'Taicang', en: 'Taicang' },
    description: {
      zh: '全球第六个、中国第三个德国中心,2015年落户太仓。德国中心、德国工商大会太仓办事处等服务型平台运营良好。',
      de: 'Als weltweit sechstes und drittes in China wurde das German Centre Taicang 2015 angesiedelt. Serviceplattformen wie das German Centre und das AHK-Büro Taicang arbeiten erfolgreich.',
      en: 'German Centre Taicang, the sixth German Centre worldwide and the third in China, was established in 2015. Service platforms such as the German Centre and the AHK Taicang office are operating well.',
    },
    source: {
      section: '对德合作大事记 · 2015年 / 现状',
      quote:
        '全球第六个、中国第三个德国中心落户太仓……德国中心、德国工商大会太仓办事处等服务型平台运营良好。',
    },
  },
  {
    slug: 'ahk-taicang-office',
    type: 'service-organisation',
    status: 'operating',
    openedYear: 2014,
    yearEvent: 'founded',
    name: { zh: '德国工商大会太仓办事处', de: 'AHK-Büro Taicang', en: 'AHK Taicang office' },
    location: { zh: '太仓', de: 'Taicang', en: 'Taicang' },
    description: {
      zh: '德国工商大会太仓办事处于2014年成立,与德国中心等服务型平台运营良好。',
      de: 'Das Büro der Deutschen Auslandshandelskammer (AHK) in Taicang wurde 2014 gegründet und arbeitet wie das German Centre Taicang als Serviceplattform erfolgreich.',
      en: 'The Taicang office of the German Chamber of Commerce Abroad (AHK) was established in 2014 and, like the German Centre, is a service platform that is operating well.',
    },
    source: {
      section: '对德合作大事记 · 2014年 / 现状',
      quote: '德国工商大会太仓办事处成立……德国中心、德国工商大会太仓办事处等服务型平台运营良好。',
    },
  },
  {
    slug: 'taicang-office-germany',
    type: 'representative-office',
    openedYear: 2015,
    yearEvent: 'founded',
    name: {
      zh: '太仓驻德办事处',
      de: 'Repräsentanz Taicangs in Deutschland',
      en: 'Taicang Representative Office in Germany',
    },
    location: { zh: '德国', de: 'Deutschland', en: 'Germany' },
    description: {
      zh: '太仓驻德办事处于2015年成立。',
      de: 'Die Repräsentanz Taicangs in Deutschland wurde 2015 gegründet.',
      en: 'Taicang’s representative office in Germany was established in 2015.',
    },
    source: { section: '对德合作大事记 · 2015年', quote: '太仓驻德办事处成立' },
  },
  {
    slug: 'business-council-jiangsu-office',
    type: 'representative-office',
    openedYear: 2022,
    yearEvent: 'approved',
    name: {
      zh: '中国—德国商务理事会江苏联络办公室',
      de: 'Jiangsu-Verbindungsbüro des China-Deutschland-Wirtschaftsrats',
      en: 'Jiangsu Liaison Office of the China-Germany Business Council',
    },
    description: {
      zh: '2022年获批设立中国—德国商务理事会江苏联络办公室。',
      de: '2022 wurde die Einrichtung des Jiangsu-Verbindungsbüros des China-Deutschland-Wirtschaftsrats genehmigt.',
      en: 'In 2022 approval was granted to set up the Jiangsu Liaison Office of the China-Germany Business Council.',
    },
    source: {
      section: '对德合作大事记 · 2022年',
      quote: '获批设立中国—德国商务理事会江苏联络办公室。',
    },
  },

  // Industrial parks
  {
    slug: 'sino-german-innovation-park',
    type: 'industrial-park',
    status: 'operating',
    name: {
      zh: '太仓中德创新园',
      de: 'Deutsch-Chinesischer Innovationspark Taicang',
      en: 'Taicang Sino-German Innovation Park',
    },
    location: { zh: '太仓', de: 'Taicang', en: 'Taicang' },
    description: {
      zh: '太仓中德创新园及欧美高新技术产业园等一批载体陆续建成,总面积超100万平方米。园内中小企业园于2014年建成投用,先进制造园于2018年竣工投用;下一步将加快建设生命科学园。',
      de: 'Der Deutsch-Chinesische Innovationspark Taicang, der Europäisch-Amerikanische Hightech-Industriepark und weitere Standorte wurden nach und nach fertiggestellt; zusammen umfassen sie mehr als 1 Mio. m². Der KMU-Park des Innovationsparks ging 2014 in Betrieb, der Park für fortschrittliche Fertigung 2018; der Aufbau des Life-Science-Parks soll beschleunigt werden.',
      en: 'The Taicang Sino-German Innovation Park, the Euro-American High-Tech Industrial Park and other sites have been completed one after another, with a total area of more than 1 million m². Its SME Park opened in 2014 and its Advanced Manufacturing Park in 2018; the development of its Life Science Park is to be accelerated.',
    },
    source: {
      section: '对德合作大事记 · 2014年 / 2018年 / 现状 / 下一步',
      quote:
        '太仓中德创新园-中小企业园建成投用……太仓中德创新园-先进制造园竣工投用……太仓中德创新园及欧美高新技术产业园等一批载体陆续建成,总面积超100万平方米。……加快建设中德创新园-生命科学园等载体。',
    },
  },
  {
    slug: 'innovation-park-sme',
    type: 'industrial-park',
    status: 'operating',
    openedYear: 2014,
    yearEvent: 'opened',
    name: {
      zh: '太仓中德创新园-中小企业园',
      de: 'Deutsch-Chinesischer Innovationspark Taicang – KMU-Park',
      en: 'Taicang Sino-German Innovation Park – SME Park',
    },
    location: { zh: '太仓', de: 'Taicang', en: 'Taicang' },
    description: {
      zh: '太仓中德创新园-中小企业园于2014年建成投用。',
      de: 'Der KMU-Park des Deutsch-Chinesischen Innovationsparks Taicang wurde 2014 fertiggestellt und in Betrieb genommen.',
      en: 'The SME Park of the Taicang Sino-German Innovation Park was completed and put into use in 2014.',
    },
    source: { section: '对德合作大事记 · 2014年', quote: '太仓中德创新园-中小企业园建成投用。' },
  },
  {
    slug: 'innovation-park-advanced-manufacturing',
    type: 'industrial-park',
    status: 'operating',
    openedYear: 2018,
    yearEvent: 'opened',
    name: {
      zh: '太仓中德创新园-先进制造园',
      de: 'Deutsch-Chinesischer Innovationspark Taicang – Park für fortschrittliche Fertigung',
      en: 'Taicang Sino-German Innovation Park – Advanced Manufacturing Park',
    },
    location: { zh: '太仓', de: 'Taicang', en: 'Taicang' },
    description: {
      zh: '太仓中德创新园-先进制造园于2018年竣工投用。',
      de: 'Der Park für fortschrittliche Fertigung des Deutsch-Chinesischen Innovationsparks Taicang wurde 2018 fertiggestellt und in Betrieb genommen.',
      en: 'The Advanced Manufacturing Park of the Taicang Sino-German Innovation Park was completed and put into use in 2018.',
    },
    source: { section: '对德合作大事记 · 2018年', quote: '太仓中德创新园-先进制造园竣工投用。' },
  },
  {
    slug: 'innovation-park-life-sciences',
    type: 'industrial-park',
    name: {
      zh: '中德创新园-生命科学园',
      de: 'Deutsch-Chinesischer Innovationspark – Life-Science-Park',
      en: 'Sino-German Innovation Park – Life Science Park',
    },
    description: {
      zh: '太仓将加快建设中德创新园-生命科学园等载体。',
      de: 'Taicang will den Aufbau des Life-Science-Parks im Deutsch-Chinesischen Innovationspark und weiterer Standorte beschleunigen.',
      en: 'Taicang plans to accelerate the development of the Life Science Park of the Sino-German Innovation Park and other sites.',
    },
    source: { section: '下一步', quote: '加快建设中德创新园-生命科学园等载体。' },
  },
  {
    slug: 'euro-american-hi-tech-park',
    type: 'industrial-park',
    status: 'operating',
    name: {
      zh: '欧美高新技术产业园',
      de: 'Europäisch-Amerikanischer Hightech-Industriepark',
      en: 'Euro-American High-Tech Industrial Park',
    },
    description: {
      zh: '太仓中德创新园及欧美高新技术产业园等一批载体陆续建成,总面积超100万平方米。',
      de: 'Der Deutsch-Chinesische Innovationspark Taicang, der Europäisch-Amerikanische Hightech-Industriepark und weitere Standorte wurden nach und nach fertiggestellt; zusammen umfassen sie mehr als 1 Mio. m².',
      en: 'The Taicang Sino-German Innovation Park, the Euro-American High-Tech Industrial Park and other sites have been completed one after another, with a total area of more than 1 million m².',
    },
    source: {
      section: '现状',
      quote: '太仓中德创新园及欧美高新技术产业园等一批载体陆续建成,总面积超100万平方米。',
    },
  },
  {
    slug: 'aerospace-park',
    type: 'industrial-park',
    name: {
      zh: '航空航天产业园',
      de: 'Luft- und Raumfahrt-Industriepark',
      en: 'Aerospace Industrial Park',
    },
    description: {
      zh: '依托德企制造基础和航空航天产业园承载能力,太仓将加快推动航空航天产业创新集群发展。',
      de: 'Gestützt auf die Fertigungsbasis der deutschen Unternehmen und die Kapazitäten des Luft- und Raumfahrt-Industrieparks will Taicang die Entwicklung seines Innovationsclusters für Luft- und Raumfahrt beschleunigen.',
      en: 'Building on the manufacturing base of German enterprises and the capacity of the Aerospace Industrial Park, Taicang aims to accelerate the development of its aerospace innovation cluster.',
    },
    source: {
      section: '下一步',
      quote: '依托德企制造基础和航空航天产业园承载能力,加快推动太仓航空航天产业创新集群发展。',
    },
  },
  {
    slug: 'green-low-carbon-park',
    type: 'industrial-park',
    name: {
      zh: '中德(太仓)绿色低碳合作园区',
      de: 'Deutsch-Chinesischer Kooperationspark (Taicang) für grüne und CO₂-arme Entwicklung',
      en: 'Sino-German (Taicang) Green and Low-Carbon Cooperation Park',
    },
    location: { zh: '太仓', de: 'Taicang', en: 'Taicang' },
    description: {
      zh: '图片说明:中德(太仓)绿色低碳合作园区建设暨高新区重点德资项目集中签约仪式。',
      de: 'Bildunterschrift im Artikel: Zeremonie zum Aufbau des Deutsch-Chinesischen Kooperationsparks (Taicang) für grüne und CO₂-arme Entwicklung und zur gemeinsamen Unterzeichnung wichtiger deutscher Investitionsprojekte der Hightech-Zone.',
      en: 'Photo caption in the article: ceremony for the development of the Sino-German (Taicang) Green and Low-Carbon Cooperation Park and the collective signing of key German-invested projects in the High-tech Zone.',
    },
    source: {
      section: '图片说明',
      quote: '中德(太仓)绿色低碳合作园区建设暨高新区重点德资项目集中签约仪式',
    },
  },

  // Incubators and innovation centres
  {
    slug: 'germany-students-startup-park',
    type: 'incubator',
    status: 'under-construction',
    name: {
      zh: '德国留学生创业园',
      de: 'Gründerpark für Deutschland-Rückkehrer',
      en: 'Start-up Park for Returnees from Germany',
    },
    description: {
      zh: '德国留学生创业园等海内外创平台加快建设。',
      de: 'Gründerpark für Chinesinnen und Chinesen, die in Deutschland studiert haben. Sein Aufbau wird wie der weiterer Innovationsplattformen im In- und Ausland beschleunigt.',
      en: 'A start-up park for Chinese graduates who studied in Germany. It and other innovation platforms at home and abroad are being developed at an accelerated pace.',
    },
    source: {
      section: '现状',
      quote:
        '德国留学生创业园、德国中小企业(太仓)孵化中心、中德智能制造联合创新中心、柏林太仓创新中心等海内外创平台加快建设',
    },
  },
  {
    slug: 'german-sme-incubator',
    type: 'incubator',
    status: 'operating',
    openedYear: 2021,
    yearEvent: 'opened',
    name: {
      zh: '德国中小企业(太仓)孵化中心',
      de: 'Inkubationszentrum für deutsche KMU (Taicang)',
      en: 'German SME (Taicang) Incubation Centre',
    },
    description: {
      zh: '首个飞地载体——德国中小企业(太仓)孵化中心于2020年揭牌,2021年7月开业。',
      de: 'Das Inkubationszentrum für deutsche KMU (Taicang), Taicangs erster Enklaven-Standort, wurde 2020 offiziell ins Leben gerufen und im Juli 2021 eröffnet.',
      en: 'The German SME (Taicang) Incubation Centre, Taicang’s first “enclave” facility, was officially launched in 2020 and opened in July 2021.',
    },
    source: {
      section: '对德合作大事记 · 2020年 / 图片说明',
      quote:
        '首个飞地载体——德国中小企业(太仓)孵化中心揭牌。……2021年7月德国中小企业(太仓)孵化中心开业',
    },
  },
  {
    slug: 'smart-manufacturing-innovation-centre',
    type: 'innovation-centre',
    status: 'under-construction',
    name: {
      zh: '中德智能制造联合创新中心',
      de: 'Gemeinsames Deutsch-Chinesisches Innovationszentrum für intelligente Fertigung',
      en: 'Sino-German Joint Innovation Centre for Smart Manufacturing',
    },
    description: {
      zh: '中德智能制造联合创新中心等海内外创平台加快建设。',
      de: 'Der Aufbau des Gemeinsamen Deutsch-Chinesischen Innovationszentrums für intelligente Fertigung und weiterer Innovationsplattformen im In- und Ausland wird beschleunigt.',
      en: 'The Sino-German Joint Innovation Centre for Smart Manufacturing and other innovation platforms at home and abroad are being developed at an accelerated pace.',
    },
    source: {
      section: '现状',
      quote:
        '德国留学生创业园、德国中小企业(太仓)孵化中心、中德智能制造联合创新中心、柏林太仓创新中心等海内外创平台加快建设',
    },
  },
  {
    slug: 'berlin-taicang-innovation-centre',
    type: 'innovation-centre',
    status: 'under-construction',
    name: {
      zh: '柏林太仓创新中心',
      de: 'Innovationszentrum Taicang in Berlin',
      en: 'Berlin Taicang Innovation Centre',
    },
    description: {
      zh: '柏林太仓创新中心等海内外创平台加快建设。',
      de: 'Der Aufbau des Innovationszentrums Taicang in Berlin und weiterer Innovationsplattformen im In- und Ausland wird beschleunigt.',
      en: 'The Berlin Taicang Innovation Centre and other innovation platforms at home and abroad are being developed at an accelerated pace.',
    },
    source: {
      section: '现状',
      quote:
        '德国留学生创业园、德国中小企业(太仓)孵化中心、中德智能制造联合创新中心、柏林太仓创新中心等海内外创平台加快建设',
    },
  },

  // Education and training
  {
    slug: 'ahk-dual-vet-alliance',
    type: 'education',
    openedYear: 2015,
    yearEvent: 'founded',
    name: {
      zh: 'AHK德国双元制职业教育联盟',
      de: 'AHK-Allianz für deutsche duale Berufsausbildung',
      en: 'AHK Alliance for German Dual Vocational Training',
    },
    location: {
      zh: '苏州健雄职业技术学院',
      de: 'Suzhou Chien-Shiung Institute of Technology',
      en: 'Suzhou Chien-Shiung Institute of Technology',
    },
    description: {
      zh: 'AHK德国双元制职业教育联盟于2015年在苏州健雄职业技术学院成立。',
      de: 'Die AHK-Allianz für deutsche duale Berufsausbildung wurde 2015 am Suzhou Chien-Shiung Institute of Technology gegründet.',
      en: 'The AHK Alliance for German Dual Vocational Training was founded at Suzhou Chien-Shiung Institute of Technology in 2015.',
    },
    source: {
      section: '对德合作大事记 · 2015年',
      quote: 'AHK德国双元制职业教育联盟在苏州健雄职业技术学院成立。',
    },
  },
  {
    slug: 'chien-shiung-institute',
    type: 'education',
    name: {
      zh: '苏州健雄职业技术学院',
      de: 'Suzhou Chien-Shiung Institute of Technology',
      en: 'Suzhou Chien-Shiung Institute of Technology',
    },
    description: {
      zh: '2015年,AHK德国双元制职业教育联盟在苏州健雄职业技术学院成立。2019年,中德应用技术大学合作首届研讨会在苏州健雄职业技术学院召开。',
      de: '2015 wurde am Suzhou Chien-Shiung Institute of Technology die AHK-Allianz für deutsche duale Berufsausbildung gegründet. 2019 fand hier das erste Symposium zur deutsch-chinesischen Zusammenarbeit von Hochschulen für angewandte Wissenschaften statt.',
      en: 'In 2015 the AHK Alliance for German Dual Vocational Training was founded at Suzhou Chien-Shiung Institute of Technology. In 2019 the institute hosted the first symposium on Sino-German cooperation between universities of applied sciences.',
    },
    source: {
      section: '对德合作大事记 · 2015年 / 2019年',
      quote:
        'AHK德国双元制职业教育联盟在苏州健雄职业技术学院成立。……中德应用技术大学合作首届研讨会在苏州健雄职业技术学院召开。',
    },
  },
  {
    slug: 'dual-bachelor-programme',
    type: 'education',
    openedYear: 2017,
    yearEvent: 'classes-began',
    name: {
      zh: '中德合作太仓双元制本科项目',
      de: 'Deutsch-Chinesischer Bachelorstudiengang mit dualer Berufsausbildung (Taicang)',
      en: 'Sino-German Bachelor’s Programme with Dual Vocational Training (Taicang)',
    },
    location: { zh: '太仓', de: 'Taicang', en: 'Taicang' },
    description: {
      zh: '中德合作太仓双元制本科项目于2017年正式开班。',
      de: 'Der in deutsch-chinesischer Zusammenarbeit aufgebaute Bachelorstudiengang mit dualer Berufsausbildung in Taicang nahm 2017 offiziell den Lehrbetrieb auf.',
      en: 'The bachelor’s programme with dual vocational training, set up in Taicang through Sino-German cooperation, officially began classes in 2017.',
    },
    source: { section: '对德合作大事记 · 2017年', quote: '中德合作太仓双元制本科项目正式开班' },
  },
  {
    slug: 'dual-qualified-teacher-centre',
    type: 'education',
    openedYear: 2019,
    yearEvent: 'founded',
    name: {
      zh: '中德(太仓)“双师型”教师培养培训中心',
      de: 'Deutsch-Chinesisches Zentrum (Taicang) für die Aus- und Weiterbildung „doppelt qualifizierter“ Lehrkräfte',
      en: 'Sino-German (Taicang) Training Centre for “Dual-Qualified” Teachers',
    },
    location: { zh: '太仓', de: 'Taicang', en: 'Taicang' },
    description: {
      zh: '中德(太仓)“双师型”教师培养培训中心于2019年成立。',
      de: 'Das Deutsch-Chinesische Zentrum (Taicang) für die Aus- und Weiterbildung „doppelt qualifizierter“ Lehrkräfte wurde 2019 gegründet.',
      en: 'The Sino-German (Taicang) Training Centre for “Dual-Qualified” Teachers was established in 2019.',
    },
    source: { section: '对德合作大事记 · 2019年', quote: '中德(太仓)“双师型”教师培养培训中心成立' },
  },
  {
    slug: 'dual-education-institute',
    type: 'education',
    openedYear: 2019,
    yearEvent: 'inaugurated',
    name: {
      zh: '太仓双元制教育研究院',
      de: 'Forschungsinstitut für duale Berufsausbildung Taicang',
      en: 'Taicang Research Institute for Dual Vocational Training',
    },
    location: { zh: '太仓', de: 'Taicang', en: 'Taicang' },
    description: {
      zh: '太仓双元制教育研究院于2019年揭牌。',
      de: 'Das Forschungsinstitut für duale Berufsausbildung Taicang wurde 2019 feierlich eröffnet.',
      en: 'The Taicang Research Institute for Dual Vocational Training was inaugurated in 2019.',
    },
    source: {
      section: '对德合作大事记 · 2019年',
      quote: '太仓双元制教育研究院揭牌,成功举办全国首次中德高端制造工匠技能挑战赛',
    },
  },
  {
    slug: 'taicang-uas',
    type: 'education',
    status: 'planned',
    name: {
      zh: '应用技术大学(筹建)',
      de: 'Hochschule für angewandte Wissenschaften (in Gründung)',
      en: 'University of applied sciences (in preparation)',
    },
    location: { zh: '太仓', de: 'Taicang', en: 'Taicang' },
    description: {
      zh: '2016年,太仓市人民政府、德国多特蒙德应用技术大学、上海工程技术大学、AHK上海代表处四方合作签约,在太仓筹建一所应用技术大学。',
      de: '2016 unterzeichneten die Stadtregierung Taicang, die Fachhochschule Dortmund, die Shanghai University of Engineering Science und die AHK Shanghai eine vierseitige Kooperationsvereinbarung über den Aufbau einer Hochschule für angewandte Wissenschaften in Taicang.',
      en: 'In 2016 the Taicang Municipal People’s Government, Fachhochschule Dortmund (Dortmund University of Applied Sciences and Arts), Shanghai University of Engineering Science and AHK Shanghai signed a four-party cooperation agreement to establish a university of applied sciences in Taicang.',
    },
    source: {
      section: '对德合作大事记 · 2016年',
      quote:
        '太仓市人民政府、德国多特蒙德应用技术大学、上海工程技术大学、AHK上海代表处四方合作签约仪式举行,在太仓筹建一所应用技术大学。',
    },
  },
  {
    slug: 'ahk-academy-taicang',
    type: 'education',
    openedYear: 2021,
    yearEvent: 'settled',
    name: { zh: 'AHK学院', de: 'AHK-Akademie', en: 'AHK Academy' },
    location: { zh: '太仓', de: 'Taicang', en: 'Taicang' },
    description: {
      zh: '中国首个AHK学院于2021年落户太仓,2022年获颁“中国(江苏)自由贸易试验区苏州片区太仓联动创新区外商独资经营性职业技能培训机构办学许可证”。',
      de: 'Die erste AHK-Akademie Chinas wurde 2021 in Taicang angesiedelt. 2022 erhielt sie die Betriebserlaubnis als gewinnorientierte Einrichtung für berufliche Qualifizierung in hundertprozentig ausländischem Besitz im Taicanger Verbund-Innovationsgebiet des Suzhou-Bereichs der Pilot-Freihandelszone China (Jiangsu).',
      en: 'China’s first AHK Academy was established in Taicang in 2021. In 2022 it was granted a licence to operate as a wholly foreign-owned, for-profit vocational skills training institution in the Taicang Linked Innovation Zone of the China (Jiangsu) Pilot Free Trade Zone, Suzhou Area.',
    },
    source: {
      section: '对德合作大事记 · 2021年 / 2022年',
      quote:
        '中国首个AHK学院落户太仓……中国首个AHK学院获颁“中国(江苏)自由贸易试验区苏州片区太仓联动创新区外商独资经营性职业技能培训机构办学许可证”',
    },
  },

  // Infrastructure and digital services
  {
    slug: 'germany-taicang-freight-line',
    type: 'infrastructure',
    openedYear: 2020,
    yearEvent: 'first-arrival',
    name: {
      zh: '“德国-太仓”直达货运专线',
      de: 'Direkte Güterverbindung „Deutschland–Taicang“',
      en: 'Direct “Germany–Taicang” freight service',
    },
    description: {
      zh: '2020年,从德国杜伊斯堡发出的“德国-太仓”直达货运专线抵达太仓。',
      de: '2020 erreichte die in Duisburg gestartete direkte Güterverbindung „Deutschland–Taicang“ Taicang.',
      en: 'In 2020 the direct “Germany–Taicang” freight service dispatched from Duisburg arrived in Taicang.',
    },
    source: {
      section: '对德合作大事记 · 2020年',
      quote: '从德国杜伊斯堡发出的“德国-太仓”直达货运专线抵达太仓',
    },
  },
  {
    slug: 'sino-german-data-line',
    type: 'infrastructure',
    openedYear: 2021,
    yearEvent: 'launched',
    name: {
      zh: '中德数据专线',
      de: 'Deutsch-Chinesische Datenstandleitung',
      en: 'Dedicated Sino-German data line',
    },
    description: {
      zh: '全国首条中德数据专线于2021年发布。',
      de: 'Die landesweit erste deutsch-chinesische Datenstandleitung wurde 2021 vorgestellt.',
      en: 'China’s first dedicated Sino-German data line was launched in 2021.',
    },
    source: { section: '对德合作大事记 · 2021年', quote: '全国首条中德数据专线发布。' },
  },
  {
    slug: 'german-enterprise-talent-website',
    type: 'service-organisation',
    openedYear: 2013,
    yearEvent: 'launched',
    name: {
      zh: '“中国·公共人力资源市场——德企人才”网站',
      de: 'Website „China · Öffentlicher Personalmarkt – Fachkräfte für deutsche Unternehmen“',
      en: '“China · Public Human Resources Market – Talent for German Enterprises” website',
    },
    description: {
      zh: '全国首家德企人力资源网站,2013年上线运行。',
      de: 'Chinas erstes Personalportal für deutsche Unternehmen; es ging 2013 online.',
      en: 'China’s first human-resources website for German enterprises; it went live in 2013.',
    },
    source: {
      section: '对德合作大事记 · 2013年',
      quote: '全国首家德企人力资源网站——“中国·公共人力资源市场——德企人才”网站上线运行。',
    },
  },
]
