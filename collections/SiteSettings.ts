import { localizedText, localizedTextarea } from '@/fields/common'
import { label } from '@/fields/label'

import { siteGlobal } from './siteGlobal'

export const SiteSettings = siteGlobal({
  slug: 'site-settings',
  label: { zh: '网站设置', de: 'Website-Einstellungen', en: 'Site settings' },
  group: { zh: '系统', de: 'System', en: 'System' },
  fields: [
    {
      name: 'siteName',
      type: 'text',
      localized: true,
      required: true,
      label: label({ zh: '网站名称', de: 'Name der Website', en: 'Site name' }),
    },
    localizedText('tagline', { zh: '副标题', de: 'Untertitel', en: 'Tagline' }),
    localizedTextarea('description', { zh: '网站简介', de: 'Beschreibung', en: 'Description' }),
    {
      name: 'contactEmail',
      type: 'email',
      label: label({ zh: '联系邮箱', de: 'Kontakt-E-Mail', en: 'Contact email' }),
    },
    localizedTextarea('contactAddress', { zh: '联系地址', de: 'Anschrift', en: 'Address' }),
  ],
})
