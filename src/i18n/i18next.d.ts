import 'i18next'

import type common from '../../locales/zh/common.json'
import type enterprises from '../../locales/zh/enterprises.json'
import type events from '../../locales/zh/events.json'
import type home from '../../locales/zh/home.json'
import type milestones from '../../locales/zh/milestones.json'
import type platforms from '../../locales/zh/platforms.json'
import type search from '../../locales/zh/search.json'

/** UI string keys are checked against the Chinese (source) files; every locale has the same keys. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: {
      common: typeof common
      home: typeof home
      milestones: typeof milestones
      events: typeof events
      enterprises: typeof enterprises
      platforms: typeof platforms
      search: typeof search
    }
    returnNull: false
  }
}
