import type { Localized } from './types'

export * from './types'
export { milestones } from './milestones'
export { platforms } from './platforms'
export { events } from './events'
export { enterprises } from './enterprises'
export { keyFigures } from './keyFigures'
export { glossary } from './glossary'
export { siteSettings } from './siteSettings'

/** The source article all seed content is taken from. */
export const article: { title: Localized; file: string } = {
  title: {
    zh: '放大对德合作优势 对外开放勇攀高峰',
    de: 'Die Stärken der Zusammenarbeit mit Deutschland ausbauen – bei der Öffnung nach außen neue Höhen erreichen',
    en: 'Building on the strengths of cooperation with Germany to scale new heights in opening up',
  },
  file: 'src/seed/source/taicang-german-cooperation.zh.txt',
}
