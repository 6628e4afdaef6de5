import type { GlobalConfig } from 'payload'

import {
  explainTranslatorRefusals,
  globalFields,
  loadGlobal,
  translatorScopedUpdate,
  translatorsLeaveTimestampsToPayload,
} from '@/access/translatorScope'
import { label } from '@/fields/label'
import { rejectMalformedGlobalValues } from '@/hooks/rejectMalformedValues'
import { rejectUnknownLocale } from '@/hooks/rejectUnknownLocale'
import { revalidateGlobalAfterChange } from '@/hooks/revalidate'

import { globalPreview } from './content'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: label('网站设置', 'Website-Einstellungen', 'Site settings'),
  admin: { group: label('系统', 'System', 'System'), ...globalPreview },
  access: {
    read: () => true,
    update: translatorScopedUpdate(globalFields('site-settings'), loadGlobal('site-settings')),
  },
  hooks: {
    beforeOperation: [
      rejectUnknownLocale,
      rejectMalformedGlobalValues,
      translatorsLeaveTimestampsToPayload,
      explainTranslatorRefusals(globalFields('site-settings'), loadGlobal('site-settings')),
    ],
    afterChange: [revalidateGlobalAfterChange],
  },
  fields: [
    {
      name: 'siteName',
      type: 'text',
      localized: true,
      required: true,
      label: label('网站名称', 'Name der Website', 'Site name'),
    },
    {
      name: 'tagline',
      type: 'text',
      localized: true,
      label: label('副标题', 'Untertitel', 'Tagline'),
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: label('网站简介', 'Beschreibung', 'Description'),
    },
    {
      name: 'contactEmail',
      type: 'email',
      label: label('联系邮箱', 'Kontakt-E-Mail', 'Contact email'),
    },
    {
      name: 'contactAddress',
      type: 'textarea',
      localized: true,
      label: label('联系地址', 'Anschrift', 'Address'),
    },
  ],
}
