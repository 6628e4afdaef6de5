import type { SeedEvent } from './types'

/**
 * Every named event of the article. The article gives years only, so every dated `startDate` is
 * 1 January with `datePrecision: 'year'`; no day or month is invented. `city`, `venue` and
 * `country` only where the article names them. Events the article names without any date have no
 * `startDate` and say why in `schedule`: the chamber evening, beer festival and football match are
 * only "常态化" (held regularly), and the photo caption's signing ceremony has no year.
 */
export const events: SeedEvent[] = [
  {
    slug: '2012-sme-cooperation-forum-hannover',
    title: {
      zh: '中德中小企业合作论坛',
      de: 'Deutsch-Chinesisches Forum für KMU-Kooperation',
      en: 'Sino-German SME Cooperation Forum',
    },
    startDate: '2012-01-01',
    datePrecision: 'year',
    city: { zh: '汉诺威', de: 'Hannover', en: 'Hanover' },
    country: 'DE',
    format: 'forum',
    summary: {
      zh: '“中德中小企业合作论坛”在德国汉诺威举行,太仓作为全国唯一一个县级市出席论坛。',
      de: 'Das Deutsch-Chinesische Forum für KMU-Kooperation fand in Hannover statt; Taicang nahm als einzige Stadt auf Kreisebene aus China teil.',
      en: 'The Sino-German SME Cooperation Forum was held in Hanover, Germany; Taicang attended as the only county-level city from China.',
    },
    status: 'scheduled',
    source: {
      section: '对德合作大事记 · 2012年',
      quote: '“中德中小企业合作论坛”在德国汉诺威举行,太仓作为全国唯一一个县级市出席论坛。',
    },
  },
  {
    slug: '2016-four-party-signing-ceremony',
    title: {
      zh: '太仓市人民政府、德国多特蒙德应用技术大学、上海工程技术大学、AHK上海代表处四方合作签约仪式',
      de: 'Unterzeichnung der vierseitigen Kooperationsvereinbarung zwischen Stadtregierung Taicang, Fachhochschule Dortmund, Shanghai University of Engineering Science und AHK Shanghai',
      en: 'Four-party cooperation signing ceremony of the Taicang Municipal People’s Government, Fachhochschule Dortmund, Shanghai University of Engineering Science and AHK Shanghai',
    },
    startDate: '2016-01-01',
    datePrecision: 'year',
    format: 'signing',
    summary: {
      zh: '太仓市人民政府、德国多特蒙德应用技术大学、上海工程技术大学、AHK上海代表处四方合作签约仪式举行,在太仓筹建一所应用技术大学。',
      de: 'Die Stadtregierung Taicang, die Fachhochschule Dortmund, die Shanghai University of Engineering Science und die AHK Shanghai unterzeichneten eine vierseitige Kooperationsvereinbarung über den Aufbau einer Hochschule für angewandte Wissenschaften in Taicang.',
      en: 'The Taicang Municipal People’s Government, Fachhochschule Dortmund (Dortmund University of Applied Sciences and Arts), Shanghai University of Engineering Science and AHK Shanghai signed a four-party cooperation agreement to establish a university of applied sciences in Taicang.',
    },
    status: 'scheduled',
    platforms: ['taicang-uas'],
    source: {
      section: '对德合作大事记 · 2016年',
      quote:
        '太仓市人民政府、德国多特蒙德应用技术大学、上海工程技术大学、AHK上海代表处四方合作签约仪式举行,在太仓筹建一所应用技术大学。',
    },
  },
  {
    slug: '2017-hidden-champions-summit',
    title: {
      zh: '首届中德“隐形冠军”峰会',
      de: 'Erster Deutsch-Chinesischer Hidden-Champions-Gipfel',
      en: 'First Sino-German Hidden Champions Summit',
    },
    startDate: '2017-01-01',
    datePrecision: 'year',
    city: { zh: '太仓', de: 'Taicang', en: 'Taicang' },
    country: 'CN',
    format: 'summit',
    summary: {
      zh: '首届中德“隐形冠军”峰会在太仓成功举办。',
      de: 'Der erste Deutsch-Chinesische Hidden-Champions-Gipfel fand erfolgreich in Taicang statt.',
      en: 'The first Sino-German Hidden Champions Summit was successfully held in Taicang.',
    },
    status: 'scheduled',
    source: { section: '对德合作大事记 · 2017年', quote: '首届中德“隐形冠军”峰会在太仓成功举办。' },
  },
  {
    slug: '2018-economic-technological-cooperation-forum',
    title: {
      zh: '第九届中德经济技术合作论坛',
      de: '9. Deutsch-Chinesisches Forum für wirtschaftliche und technologische Zusammenarbeit',
      en: '9th Sino-German Forum for Economic and Technological Cooperation',
    },
    startDate: '2018-01-01',
    datePrecision: 'year',
    format: 'forum',
    summary: {
      zh: '太仓作为唯一中国城市代表受邀参加第九届中德经济技术合作论坛,并与欧商企业投资协会负责人签订了“建立智能制造领域全方位合作关系”意向书。',
      de: 'Als einzige chinesische Stadt wurde Taicang zum 9. Deutsch-Chinesischen Forum für wirtschaftliche und technologische Zusammenarbeit eingeladen und unterzeichnete mit der Leitung des Europäischen Unternehmens- und Investitionsverbands eine Absichtserklärung über den „Aufbau einer umfassenden Partnerschaft im Bereich der intelligenten Fertigung“.',
      en: 'Taicang was invited to the 9th Sino-German Forum for Economic and Technological Cooperation as the only Chinese city, and signed a letter of intent with the head of the European Business Investment Association on “establishing an all-round partnership in smart manufacturing”.',
    },
    status: 'scheduled',
    source: {
      section: '对德合作大事记 · 2018年',
      quote:
        '太仓作为唯一中国城市代表受邀参加第九届中德经济技术合作论坛,并与欧商企业投资协会负责人签订了“建立智能制造领域全方位合作关系”意向书',
    },
  },
  {
    slug: '2019-innovative-cities-forum-taicang-day',
    title: {
      zh: '首届中德创新城市合作论坛暨太仓日',
      de: 'Erstes Deutsch-Chinesisches Kooperationsforum innovativer Städte und Taicang-Tag',
      en: 'First Sino-German Innovative Cities Cooperation Forum and Taicang Day',
    },
    startDate: '2019-01-01',
    datePrecision: 'year',
    city: { zh: '柏林', de: 'Berlin', en: 'Berlin' },
    country: 'DE',
    format: 'forum',
    summary: {
      zh: '2019年首届中德创新城市合作论坛暨太仓日活动在柏林举行。',
      de: 'Das erste Deutsch-Chinesische Kooperationsforum innovativer Städte fand 2019 zusammen mit dem Taicang-Tag in Berlin statt.',
      en: 'The first Sino-German Innovative Cities Cooperation Forum, combined with Taicang Day, was held in Berlin in 2019.',
    },
    status: 'scheduled',
    source: {
      section: '对德合作大事记 · 2019年 / 图片说明',
      quote:
        '中德创新城市合作论坛暨太仓日活动在柏林成功举办……2019年首届中德创新城市合作论坛暨太仓日活动在柏林举行',
    },
  },
  {
    slug: '2019-craftsmen-skills-challenge',
    title: {
      zh: '全国首次中德高端制造工匠技能挑战赛',
      de: 'Erste Deutsch-Chinesische Skills Challenge für Fachkräfte der High-End-Fertigung in China',
      en: 'China’s first Sino-German High-End Manufacturing Craftsmen Skills Challenge',
    },
    startDate: '2019-01-01',
    datePrecision: 'year',
    country: 'CN',
    format: 'competition',
    summary: {
      zh: '太仓双元制教育研究院揭牌,成功举办全国首次中德高端制造工匠技能挑战赛。',
      de: 'Das Forschungsinstitut für duale Berufsausbildung Taicang wurde eröffnet, und die landesweit erste Deutsch-Chinesische Skills Challenge für Fachkräfte der High-End-Fertigung fand erfolgreich statt.',
      en: 'The Taicang Research Institute for Dual Vocational Training was inaugurated, and China’s first Sino-German High-End Manufacturing Craftsmen Skills Challenge was successfully held.',
    },
    status: 'scheduled',
    source: {
      section: '对德合作大事记 · 2019年',
      quote: '太仓双元制教育研究院揭牌,成功举办全国首次中德高端制造工匠技能挑战赛',
    },
  },
  {
    slug: '2019-uas-cooperation-symposium',
    title: {
      zh: '中德应用技术大学合作首届研讨会',
      de: 'Erstes Symposium zur deutsch-chinesischen Kooperation von Hochschulen für angewandte Wissenschaften',
      en: 'First Symposium on Sino-German Cooperation of Universities of Applied Sciences',
    },
    startDate: '2019-01-01',
    datePrecision: 'year',
    venue: {
      zh: '苏州健雄职业技术学院',
      de: 'Suzhou Chien-Shiung Institute of Technology',
      en: 'Suzhou Chien-Shiung Institute of Technology',
    },
    country: 'CN',
    format: 'forum',
    summary: {
      zh: '中德应用技术大学合作首届研讨会在苏州健雄职业技术学院召开。',
      de: 'Am Suzhou Chien-Shiung Institute of Technology fand das erste Symposium zur deutsch-chinesischen Zusammenarbeit von Hochschulen für angewandte Wissenschaften statt.',
      en: 'The first symposium on Sino-German cooperation between universities of applied sciences was held at Suzhou Chien-Shiung Institute of Technology.',
    },
    status: 'scheduled',
    platforms: ['chien-shiung-institute'],
    source: {
      section: '对德合作大事记 · 2019年',
      quote: '中德应用技术大学合作首届研讨会在苏州健雄职业技术学院召开。',
    },
  },
  {
    slug: '2022-jiangsu-germany-forum',
    title: {
      zh: '2022江苏-德国经贸合作交流暨江苏-德国产业合作论坛',
      de: 'Wirtschafts- und Handelsdialog Jiangsu–Deutschland und Industriekooperationsforum Jiangsu–Deutschland 2022',
      en: '2022 Jiangsu–Germany Economic and Trade Cooperation Exchange and Jiangsu–Germany Industrial Cooperation Forum',
    },
    startDate: '2022-01-01',
    datePrecision: 'year',
    format: 'forum',
    summary: {
      zh: '高质量办好2022江苏-德国经贸合作交流暨江苏-德国产业合作论坛。',
      de: 'Taicang will den Wirtschafts- und Handelsdialog Jiangsu–Deutschland und das Industriekooperationsforum Jiangsu–Deutschland 2022 auf hohem Niveau ausrichten.',
      en: 'Taicang aims to host the 2022 Jiangsu–Germany Economic and Trade Cooperation Exchange and Jiangsu–Germany Industrial Cooperation Forum to a high standard.',
    },
    status: 'scheduled',
    source: {
      section: '下一步',
      quote:
        '高质量办好2022江苏-德国经贸合作交流暨江苏-德国产业合作论坛、致公党“引凤工程”太仓对德合作专场路演',
    },
  },
  {
    slug: '2022-zhi-gong-party-roadshow',
    title: {
      zh: '致公党“引凤工程”太仓对德合作专场路演',
      de: 'Roadshow zur Zusammenarbeit Taicangs mit Deutschland im Rahmen des „Yinfeng“-Programms der Zhi-Gong-Partei',
      en: 'Taicang–Germany cooperation roadshow of the China Zhi Gong Party’s “Yinfeng” programme',
    },
    startDate: '2022-01-01',
    datePrecision: 'year',
    format: 'roadshow',
    summary: {
      zh: '高质量办好致公党“引凤工程”太仓对德合作专场路演。',
      de: 'Taicang will die Roadshow zur Zusammenarbeit mit Deutschland im Rahmen des „Yinfeng“-Programms („den Phönix anlocken“) der Zhi-Gong-Partei auf hohem Niveau ausrichten.',
      en: 'Taicang aims to hold the Taicang–Germany cooperation roadshow of the China Zhi Gong Party’s “Yinfeng” (“attracting the phoenix”) programme to a high standard.',
    },
    status: 'scheduled',
    source: {
      section: '下一步',
      quote:
        '高质量办好2022江苏-德国经贸合作交流暨江苏-德国产业合作论坛、致公党“引凤工程”太仓对德合作专场路演',
    },
  },
  {
    slug: 'chamber-of-commerce-night',
    title: { zh: '商会之夜', de: 'Abend der Handelskammer', en: 'Chamber of Commerce Night' },
    datePrecision: 'year',
    schedule: 'regular',
    format: 'networking',
    summary: {
      zh: '常态化办好商会之夜等窗口性品牌活动。',
      de: 'Der Abend der Handelskammer soll als eine von Taicangs Vorzeigeveranstaltungen regelmäßig stattfinden.',
      en: 'The Chamber of Commerce Night is to be held regularly as one of Taicang’s showcase events.',
    },
    status: 'scheduled',
    source: {
      section: '下一步',
      quote: '常态化办好商会之夜、啤酒节、足球赛等窗口性品牌活动',
    },
  },
  {
    slug: 'beer-festival',
    title: { zh: '啤酒节', de: 'Bierfest', en: 'Beer Festival' },
    datePrecision: 'year',
    schedule: 'regular',
    format: 'festival',
    summary: {
      zh: '常态化办好啤酒节等窗口性品牌活动。',
      de: 'Das Bierfest soll als eine von Taicangs Vorzeigeveranstaltungen regelmäßig stattfinden.',
      en: 'The Beer Festival is to be held regularly as one of Taicang’s showcase events.',
    },
    status: 'scheduled',
    source: {
      section: '下一步',
      quote: '常态化办好商会之夜、啤酒节、足球赛等窗口性品牌活动',
    },
  },
  {
    slug: 'football-match',
    title: { zh: '足球赛', de: 'Fußballspiel', en: 'Football Match' },
    datePrecision: 'year',
    schedule: 'regular',
    format: 'sports',
    summary: {
      zh: '常态化办好足球赛等窗口性品牌活动。',
      de: 'Das Fußballspiel soll als eine von Taicangs Vorzeigeveranstaltungen regelmäßig stattfinden.',
      en: 'The football match is to be held regularly as one of Taicang’s showcase events.',
    },
    status: 'scheduled',
    source: {
      section: '下一步',
      quote: '常态化办好商会之夜、啤酒节、足球赛等窗口性品牌活动',
    },
  },
  {
    slug: 'green-low-carbon-park-signing-ceremony',
    title: {
      zh: '中德(太仓)绿色低碳合作园区建设暨高新区重点德资项目集中签约仪式',
      de: 'Auftakt zum Aufbau des Deutsch-Chinesischen Kooperationsparks (Taicang) für grüne und CO₂-arme Entwicklung und gemeinsame Unterzeichnung wichtiger deutscher Investitionsprojekte der Hightech-Zone',
      en: 'Launch of the Sino-German (Taicang) Green and Low-Carbon Cooperation Park and joint signing of key German-invested projects in the High-tech Zone',
    },
    datePrecision: 'year',
    schedule: 'undated',
    format: 'signing',
    summary: {
      zh: '文章图片说明:中德(太仓)绿色低碳合作园区建设暨高新区重点德资项目集中签约仪式。文章未注明仪式的日期。',
      de: 'Bildunterschrift im Artikel: Auftakt zum Aufbau des Deutsch-Chinesischen Kooperationsparks (Taicang) für grüne und CO₂-arme Entwicklung und gemeinsame Unterzeichnung wichtiger deutscher Investitionsprojekte der Hightech-Zone. Ein Datum der Zeremonie nennt der Artikel nicht.',
      en: 'Photo caption in the article: launch of the Sino-German (Taicang) Green and Low-Carbon Cooperation Park and joint signing of key German-invested projects in the High-tech Zone. The article does not date the ceremony.',
    },
    status: 'scheduled',
    platforms: ['green-low-carbon-park'],
    source: {
      section: '图片说明',
      quote: '中德(太仓)绿色低碳合作园区建设暨高新区重点德资项目集中签约仪式',
    },
  },
]
