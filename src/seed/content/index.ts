export * from './types'
export { milestones } from './milestones'
export { platforms } from './platforms'
export { events } from './events'
export { enterprises } from './enterprises'
export { keyFigures } from './keyFigures'
export { glossary } from './glossary'
export { siteSettings, siteSettingsSource } from './siteSettings'

/** The source article all seed content is taken from. */
export { article } from '@/lib/citation'
