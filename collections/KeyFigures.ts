import { localizedText } from '@/fields/common'
import { label } from '@/fields/label'
import { sourceField } from '@/fields/source'
import { yearValidate } from '@/fields/validators'

import { siteGlobal } from './siteGlobal'

export const KeyFigures = siteGlobal({
  slug: 'key-figures',
  label: { zh: '关键数据', de: 'Kennzahlen', en: 'Key figures' },
  group: { zh: '内容', de: 'Inhalte', en: 'Content' },
  fields: [
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
            localizedText('unit', { zh: '单位', de: 'Einheit', en: 'Unit' }),
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
  ],
})
