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
import { sourceField } from '@/fields/source'
import { yearValidate } from '@/fields/validators'
import { rejectMalformedGlobalValues } from '@/hooks/rejectMalformedValues'
import { rejectUnknownLocale } from '@/hooks/rejectUnknownLocale'
import { revalidateGlobalAfterChange } from '@/hooks/revalidate'
import {
  recordGlobalTranslationSources,
  translationSourcesField,
} from '@/translation/sourceTracking'

import { globalPreview } from './content'

export const KeyFigures: GlobalConfig = {
  slug: 'key-figures',
  label: label({ zh: '关键数据', de: 'Kennzahlen', en: 'Key figures' }),
  admin: { group: label({ zh: '内容', de: 'Inhalte', en: 'Content' }), ...globalPreview },
  access: {
    read: () => true,
    update: translatorScopedUpdate(globalFields('key-figures'), loadGlobal('key-figures')),
  },
  hooks: {
    beforeChange: [recordGlobalTranslationSources(() => KeyFigures.fields)],
    beforeOperation: [
      rejectUnknownLocale,
      rejectMalformedGlobalValues,
      translatorsLeaveTimestampsToPayload,
      explainTranslatorRefusals(globalFields('key-figures'), loadGlobal('key-figures')),
    ],
    afterChange: [revalidateGlobalAfterChange],
  },
  fields: withSourceBeside([
    {
      name: 'figures',
      type: 'array',
      label: label({ zh: '数据', de: 'Kennzahlen', en: 'Figures' }),
      labels: {
        singular: label({ zh: '数据', de: 'Kennzahl', en: 'Figure' }),
        plural: label({ zh: '数据', de: 'Kennzahlen', en: 'Figures' }),
      },
      fields: [
        {
          name: 'key',
          type: 'text',
          required: true,
          label: label({ zh: '标识', de: 'Schlüssel', en: 'Key' }),
          admin: {
            description: label({
              zh: '稳定的英文标识，例如 german-enterprises。',
              de: 'Fester Bezeichner, z. B. german-enterprises.',
              en: 'A stable identifier, e.g. german-enterprises.',
            }),
          },
        },
        {
          name: 'label',
          type: 'text',
          localized: true,
          required: true,
          label: label({ zh: '名称', de: 'Bezeichnung', en: 'Label' }),
        },
        {
          type: 'row',
          fields: [
            {
              name: 'value',
              type: 'number',
              required: true,
              label: label({ zh: '数值', de: 'Wert', en: 'Value' }),
            },
            {
              name: 'unit',
              type: 'text',
              localized: true,
              label: label({ zh: '单位', de: 'Einheit', en: 'Unit' }),
            },
            {
              name: 'qualifier',
              type: 'select',
              defaultValue: 'exactly',
              options: [
                { value: 'exactly', label: label({ zh: '精确', de: 'genau', en: 'exactly' }) },
                { value: 'atLeast', label: label({ zh: '超过', de: 'mehr als', en: 'more than' }) },
              ],
              label: label({ zh: '限定', de: 'Angabe', en: 'Qualifier' }),
            },
            {
              name: 'asOfYear',
              type: 'number',
              label: label({ zh: '统计年份', de: 'Stand (Jahr)', en: 'As of (year)' }),
              validate: yearValidate(),
            },
          ],
        },
        sourceField,
      ],
    },
    translationSourcesField,
  ]),
}
