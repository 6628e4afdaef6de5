import type { GlobalConfig } from 'payload'

import {
  explainTranslatorRefusals,
  globalFields,
  loadGlobal,
  translatorScopedUpdate,
  translatorsLeaveTimestampsToPayload,
} from '@/access/translatorScope'
import { label } from '@/fields/label'
import { withSourceBeside } from '@/fields/sourceBeside'
import { rejectMalformedGlobalValues } from '@/hooks/rejectMalformedValues'
import { rejectUnknownLocale } from '@/hooks/rejectUnknownLocale'
import { revalidateGlobalAfterChange } from '@/hooks/revalidate'
import {
  recordGlobalTranslationSources,
  translationSourcesField,
} from '@/translation/sourceTracking'

import { globalPreview } from './content'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: label({ zh: '网站设置', de: 'Website-Einstellungen', en: 'Site settings' }),
  admin: { group: label({ zh: '系统', de: 'System', en: 'System' }), ...globalPreview },
  access: {
    read: () => true,
    update: translatorScopedUpdate(globalFields('site-settings'), loadGlobal('site-settings')),
  },
  hooks: {
    beforeChange: [recordGlobalTranslationSources(() => SiteSettings.fields)],
    beforeOperation: [
      rejectUnknownLocale,
      rejectMalformedGlobalValues,
      translatorsLeaveTimestampsToPayload,
      explainTranslatorRefusals(globalFields('site-settings'), loadGlobal('site-settings')),
    ],
    afterChange: [revalidateGlobalAfterChange],
  },
  fields: withSourceBeside([
    {
      name: 'siteName',
      type: 'text',
      localized: true,
      required: true,
      label: label({ zh: '网站名称', de: 'Name der Website', en: 'Site name' }),
    },
    {
      name: 'tagline',
      type: 'text',
      localized: true,
      label: label({ zh: '副标题', de: 'Untertitel', en: 'Tagline' }),
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: label({ zh: '网站简介', de: 'Beschreibung', en: 'Description' }),
    },
    {
      name: 'contactEmail',
      type: 'email',
      label: label({ zh: '联系邮箱', de: 'Kontakt-E-Mail', en: 'Contact email' }),
    },
    {
      name: 'contactAddress',
      type: 'textarea',
      localized: true,
      label: label({ zh: '联系地址', de: 'Anschrift', en: 'Address' }),
    },
    translationSourcesField,
  ]),
}
