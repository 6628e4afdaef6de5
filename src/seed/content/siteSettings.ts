import type { Localized } from './types'

/** The site's name and strapline, from the article's own words: 太仓, "德企之乡". */
export const siteSettings: Record<'siteName' | 'tagline' | 'description', Localized> = {
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
}
