import { localizedText, localizedTextarea } from '@/fields/common'
import { label } from '@/fields/label'
import { sourceField } from '@/fields/source'

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
      // The article's statements about the cooperation that are not one number (leading industries,
      // China headquarters, "数十项全国第一和唯一"): shown on the home page below the key figures.
      name: 'overview',
      type: 'textarea',
      localized: true,
      label: label({ zh: '概况', de: 'Überblick', en: 'Overview' }),
      admin: {
        description: label({
          zh: '首页“概况”一节；空行分段。',
          de: 'Abschnitt „Überblick“ der Startseite; Leerzeile für neuen Absatz.',
          en: 'The home page\'s "Overview" section; a blank line starts a paragraph.',
        }),
      },
    },
    {
      name: 'outlook',
      type: 'textarea',
      localized: true,
      label: label({ zh: '下一步', de: 'Ausblick', en: 'Outlook' }),
      admin: {
        description: label({
          zh: '首页“下一步”一节：已公布的目标和计划；空行分段。',
          de: 'Abschnitt „Ausblick“ der Startseite: angekündigte Ziele und Vorhaben; Leerzeile für neuen Absatz.',
          en: 'The home page\'s "Outlook" section: announced goals and plans; a blank line starts a paragraph.',
        }),
      },
    },
    sourceField,
    {
      name: 'contactEmail',
      type: 'email',
      label: label({ zh: '联系邮箱', de: 'Kontakt-E-Mail', en: 'Contact email' }),
    },
    localizedTextarea('contactAddress', { zh: '联系地址', de: 'Anschrift', en: 'Address' }),
  ],
})
