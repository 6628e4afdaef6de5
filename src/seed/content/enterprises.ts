import type { SeedEnterprise } from './types'

/** The one enterprise the article names. Only what the article states; optional fields left out. */
export const enterprises: SeedEnterprise[] = [
  {
    slug: 'kern-liebers',
    name: { zh: '克恩-里伯斯', de: 'Kern-Liebers', en: 'Kern-Liebers' },
    yearArrived: 1993,
    description: {
      zh: '1993年落户太仓的第一家德企。',
      de: 'Das erste deutsche Unternehmen, das sich in Taicang ansiedelte (1993).',
      en: 'The first German company to settle in Taicang (1993).',
    },
    source: {
      section: '导语',
      quote:
        '自1993年第一家德企克恩-里伯斯落户太仓以来,太仓对德合作以独特的“源自民间、自下而上”模式取得了较好的成效',
    },
  },
]
