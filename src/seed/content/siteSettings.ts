import type { Citation, Localized } from './types'

type SiteText = 'siteName' | 'tagline' | 'description' | 'overview' | 'outlook'

/**
 * The site's name and strapline, from the article's own words (太仓, "德企之乡"), and the article's
 * statements that are no single number: the overview (导语 and 现状: national firsts, leading
 * industries, China headquarters) and the outlook (下一步: the goals for 2022, the year of the 50th
 * anniversary of diplomatic relations). Paragraphs are separated by a blank line. The zh text keeps
 * the article's wording; only "今年" stays as the article has it, and de/en say 2022.
 */
export const siteSettings: Record<SiteText, Localized> = {
  siteName: {
    zh: '太仓对德合作',
    de: 'Taicang – Zusammenarbeit mit Deutschland',
    en: 'Taicang – Cooperation with Germany',
  },
  tagline: {
    zh: '德企之乡',
    de: 'Heimat deutscher Unternehmen',
    en: 'Home of German enterprises',
  },
  description: {
    zh: '自1993年第一家德企落户以来，太仓以“源自民间、自下而上”的模式开展对德合作，成为德国中小企业投资最密集的县级城市。',
    de: 'Seit sich 1993 das erste deutsche Unternehmen ansiedelte, arbeitet Taicang nach dem Modell „aus der Wirtschaft heraus, von unten nach oben“ mit Deutschland zusammen und ist heute die Stadt auf Kreisebene mit der höchsten Dichte an Investitionen deutscher Mittelständler.',
    en: 'Since the first German company settled here in 1993, Taicang has cooperated with Germany in a business-led, bottom-up way and become the county-level city with the densest investment by German SMEs.',
  },
  overview: {
    zh: [
      '太仓对德合作打造了数十项对德合作的全国第一和唯一，成为德国中小企业投资最密集的县级城市，也成为名副其实的“德企之乡”。特别是近十年来，太仓的对德合作工作受到中德两国政府部门的高度重视和认可，对德经贸合作影响力不断提升，引领示范效应凸显。',
      '太仓德资企业已形成高端装备制造、汽车核心零部件等主导产业。半数以上的德资企业在太仓开展本土化研发创新，90%以上的早期落户德资企业完成了增资扩产，多家德资企业已将中国区总部或功能型机构放在太仓，集聚了50多家“隐形冠军”企业。',
    ].join('\n\n'),
    de: [
      'Taicangs Zusammenarbeit mit Deutschland hat Dutzende Vorhaben hervorgebracht, die in China die ersten oder einzigen ihrer Art sind. Taicang ist die Stadt auf Kreisebene mit der höchsten Dichte an Investitionen deutscher Mittelständler und trägt den Beinamen „Heimat deutscher Unternehmen“ zu Recht. Vor allem in den vergangenen zehn Jahren haben Regierungsstellen in China und Deutschland Taicangs Arbeit mit Deutschland große Aufmerksamkeit und Anerkennung geschenkt; die Wirtschafts- und Handelszusammenarbeit gewinnt stetig an Gewicht und wirkt zunehmend als Vorbild.',
      'Die deutschen Unternehmen in Taicang bilden Leitbranchen wie den High-End-Maschinen- und Anlagenbau und Kernkomponenten für die Automobilindustrie. Mehr als die Hälfte von ihnen forscht und entwickelt vor Ort in Taicang, über 90 % der früh angesiedelten Unternehmen haben ihr Kapital aufgestockt und ihre Produktion erweitert, mehrere haben ihre China-Zentrale oder Funktionseinheiten in Taicang angesiedelt, und über 50 Hidden Champions sind hier vertreten.',
    ].join('\n\n'),
    en: [
      'Taicang’s cooperation with Germany has produced dozens of initiatives that were the first or the only ones of their kind in China. Taicang is the county-level city with the densest investment by German SMEs and rightly called the “home of German enterprises”. Over the past decade in particular, government bodies in China and Germany have paid close attention to Taicang’s work with Germany and recognised it; the weight of its economic and trade cooperation with Germany keeps growing, and it increasingly serves as a model.',
      'German enterprises in Taicang have formed leading industries such as high-end equipment manufacturing and core automotive components. More than half of them carry out local R&D and innovation in Taicang, over 90 % of the early arrivals have increased their capital and expanded production, several have placed their China headquarters or functional units in Taicang, and more than 50 hidden champions have gathered here.',
    ].join('\n\n'),
  },
  outlook: {
    zh: [
      '下一步，太仓将以中德建交50周年为契机，全面贯彻落实苏州市委常委会专题调研太仓市工作会议和太仓市委工作会议精神，着力加大与德国的全领域交流合作力度，放大对德合作优势，加快建设中德(太仓)中小企业合作示范区，推动各项工作走在地方对德合作实践的全国前列。',
      '同时，集中优势资源，加大德资招引力度，开拓引进德资龙头型项目及世界五百强项目，持续招引德国高端服务业项目。依托德企制造基础和航空航天产业园承载能力，加快推动太仓航空航天产业创新集群发展。拓展金融保险、教育医疗、健康养老等领域的合作，鼓励德国金融、保险机构来太仓设立分支机构。培育以对德合作、服务德企为特色的商务服务集聚区。加快建设中德创新园-生命科学园等载体。力争今年德企总数突破500家。',
      '加快拜仁慕尼黑足球俱乐部合作协议落地，常态化办好商会之夜、啤酒节、足球赛等窗口性品牌活动，提升对德经贸合作影响力和引领示范效应，让太仓对德合作经验成为全国样板。',
    ].join('\n\n'),
    de: [
      'Den 50. Jahrestag der Aufnahme diplomatischer Beziehungen zwischen China und Deutschland will Taicang als Anlass nutzen: Es setzt die Vorgaben der Sitzung des Ständigen Ausschusses des Parteikomitees der Stadt Suzhou zur Arbeit Taicangs und der Arbeitskonferenz des Parteikomitees der Stadt Taicang vollständig um, baut Austausch und Zusammenarbeit mit Deutschland in allen Bereichen aus, stärkt die Vorteile seiner Zusammenarbeit mit Deutschland, treibt den Aufbau der Deutsch-Chinesischen Modellzone (Taicang) für KMU-Kooperation voran und will unter den Kommunen Chinas in der Zusammenarbeit mit Deutschland landesweit führend bleiben.',
      'Zugleich bündelt Taicang seine Kräfte, um mehr deutsche Investitionen anzuziehen, insbesondere Leitprojekte deutscher Unternehmen und Projekte von Fortune-Global-500-Unternehmen, und wirbt weiter um hochwertige deutsche Dienstleister. Gestützt auf die Fertigungsbasis der deutschen Unternehmen und die Kapazitäten des Luft- und Raumfahrt-Industrieparks soll das Innovationscluster für Luft- und Raumfahrt schneller wachsen. Die Zusammenarbeit soll auf Finanzen und Versicherungen, Bildung und Gesundheit sowie Pflege und Altersvorsorge ausgeweitet werden; deutsche Banken und Versicherer sind eingeladen, Niederlassungen in Taicang zu gründen. Ein Schwerpunkt für Unternehmensdienstleistungen rund um die Zusammenarbeit mit Deutschland und den Service für deutsche Unternehmen soll entstehen, der Aufbau des Life-Science-Parks im Deutsch-Chinesischen Innovationspark und weiterer Standorte wird beschleunigt. Ziel ist, dass die Zahl der deutschen Unternehmen 2022 die Marke von 500 überschreitet.',
      'Die Umsetzung der Kooperationsvereinbarung mit dem FC Bayern München soll beschleunigt werden; der Abend der Handelskammer, das Bierfest, das Fußballspiel und weitere Vorzeigeveranstaltungen sollen regelmäßig stattfinden. So will Taicang Einfluss und Vorbildwirkung seiner Wirtschafts- und Handelszusammenarbeit mit Deutschland stärken und seine Erfahrungen zum Modell für ganz China machen.',
    ].join('\n\n'),
    en: [
      'Taicang will take the 50th anniversary of diplomatic relations between China and Germany as an opportunity: fully implementing the guidance of the Suzhou Municipal Party Committee Standing Committee’s meeting on Taicang’s work and of the Taicang Municipal Party Committee’s work conference, it will broaden exchange and cooperation with Germany in every field, build on the strengths of its cooperation with Germany, speed up the development of the Sino-German (Taicang) SME Cooperation Demonstration Zone and aim to stay at the national forefront of local cooperation with Germany.',
      'At the same time, Taicang will pool its resources to attract more German investment, in particular flagship German projects and projects of Fortune Global 500 companies, and will keep attracting high-end German service providers. Building on the manufacturing base of German enterprises and the capacity of the Aerospace Industrial Park, it will accelerate the growth of its aerospace innovation cluster. Cooperation is to extend to finance and insurance, education and healthcare, and health and elderly care; German banks and insurers are encouraged to open branches in Taicang. A business services cluster focused on cooperation with Germany and on serving German enterprises is to be developed, and the development of the Life Science Park of the Sino-German Innovation Park and other sites is to be accelerated. The goal is for the number of German enterprises to pass 500 in 2022.',
      'The implementation of the cooperation agreement with FC Bayern Munich is to be accelerated, and the Chamber of Commerce Night, the Beer Festival, the football match and other showcase events are to be held regularly, raising the profile and model role of Taicang’s economic and trade cooperation with Germany and making its experience a model for the whole country.',
    ].join('\n\n'),
  },
}

/** Where the overview and outlook come from, stored in the site settings' `source` field. */
export const siteSettingsSource: Citation = {
  section: '导语 / 现状 / 下一步',
  quote:
    '打造了数十项对德合作的全国第一和唯一……太仓德资企业已形成高端装备制造、汽车核心零部件等主导产业……多家德资企业已将中国区总部或功能型机构放在太仓……下一步,太仓将以中德建交50周年为契机……加快拜仁慕尼黑足球俱乐部合作协议落地',
}
