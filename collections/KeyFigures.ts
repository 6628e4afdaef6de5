import type { GlobalConfig } from 'payload'

import {
  explainTranslatorRefusals,
  globalFields,
  loadGlobal,
  translatorScopedUpdate,
  translatorsLeaveTimestampsToPayload,
} from '@/access/translatorScope'
import { label } from '@/fields/label'
import { sourceField } from '@/fields/source'
import { yearValidate } from '@/fields/validators'
import { rejectMalformedGlobalValues } from '@/hooks/rejectMalformedValues'
import { rejectUnknownLocale } from '@/hooks/rejectUnknownLocale'
import { revalidateGlobalAfterChange } from '@/hooks/revalidate'

import { globalPreview } from './content'

export const KeyFigures: GlobalConfig = {
  slug: 'key-figures',
  label: label('关键数据', 'Kennzahlen', 'Key figures'),
  admin: { group: label('内容', 'Inhalte', 'Content'), ...globalPreview },
  access: {
    read: () => true,
    update: translatorScopedUpdate(globalFields('key-figures'), loadGlobal('key-figures')),
  },
  hooks: {
    beforeOperation: [
      rejectUnknownLocale,
      rejectMalformedGlobalValues,
      translatorsLeaveTimestampsToPayload,
      explainTranslatorRefusals(globalFields('key-figures'), loadGlobal('key-figures')),
    ],
    afterChange: [revalidateGlobalAfterChange],
  },
  fields: [
    {
      name: 'figures',
      type: 'array',
      label: label('数据', 'Kennzahlen', 'Figures'),
      labels: {
        singular: label('数据', 'Kennzahl', 'Figure'),
        plural: label('数据', 'Kennzahlen', 'Figures'),
      },
      fields: [
        {
          name: 'key',
          type: 'text',
          required: true,
          label: label('标识', 'Schlüssel', 'Key'),
          admin: {
            description: label(
              '稳定的英文标识，例如 german-enterprises。',
              'Fester Bezeichner, z. B. german-enterprises.',
              'A stable identifier, e.g. german-enterprises.',
            ),
          },
        },
        {
          name: 'label',
          type: 'text',
          localized: true,
          required: true,
          label: label('名称', 'Bezeichnung', 'Label'),
        },
        {
          type: 'row',
          fields: [
            {
              name: 'value',
              type: 'number',
              required: true,
              label: label('数值', 'Wert', 'Value'),
            },
            {
              name: 'unit',
              type: 'text',
              localized: true,
              label: label('单位', 'Einheit', 'Unit'),
            },
            {
              name: 'qualifier',
              type: 'select',
              defaultValue: 'exactly',
              options: [
                { value: 'exactly', label: label('精确', 'genau', 'exactly') },
                { value: 'atLeast', label: label('超过', 'mehr als', 'more than') },
              ],
              label: label('限定', 'Angabe', 'Qualifier'),
            },
            {
              name: 'asOfYear',
              type: 'number',
              label: label('统计年份', 'Stand (Jahr)', 'As of (year)'),
              validate: yearValidate(),
            },
          ],
        },
        sourceField,
      ],
    },
  ],
}
