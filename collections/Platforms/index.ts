import type { CollectionConfig } from 'payload'

import { descriptionField, imageField, localizedText, websiteField } from '@/fields/common'
import { label } from '@/fields/label'
import { slugField } from '@/fields/slug'
import { nonNegativeValidate, yearValidate } from '@/fields/validators'

import { contentCollection } from '../content'
import { platformStatuses, platformTypes, platformYearEvents } from '@/domain/platformOptions'

export const Platforms: CollectionConfig = contentCollection({
  slug: 'platforms',
  labels: {
    singular: label({ zh: '合作平台', de: 'Kooperationsplattform', en: 'Platform' }),
    plural: label({ zh: '合作平台/载体', de: 'Kooperationsplattformen', en: 'Platforms' }),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'openedYear', 'yearEvent', 'status', 'published'],
  },
  spreadsheet: true,
  defaultSort: 'openedYear',
  fields: [
    {
      name: 'name',
      type: 'text',
      localized: true,
      required: true,
      label: label({ zh: '名称', de: 'Name', en: 'Name' }),
    },
    slugField('name'),
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          index: true,
          options: [...platformTypes],
          label: label({ zh: '类型', de: 'Art', en: 'Type' }),
        },
        {
          name: 'status',
          type: 'select',
          // Payload names the drafts enum (`_status`) enum_<table>_status too; PostgreSQL needs two names.
          enumName: 'enum_platforms_platform_status',
          // Optional, no default: most sources date a founding but say nothing of today's state,
          // and an empty status is honest where "operating" would be a claim.
          options: [...platformStatuses],
          label: label({ zh: '状态', de: 'Status', en: 'Status' }),
          admin: {
            description: label({
              zh: '来源未说明现状时留空。',
              de: 'Leer lassen, wenn die Quelle den heutigen Stand nicht nennt.',
              en: 'Leave empty where the source does not state it.',
            }),
          },
        },
        {
          name: 'openedYear',
          type: 'number',
          label: label({ zh: '年份', de: 'Jahr', en: 'Year' }),
          validate: yearValidate(),
        },
        {
          name: 'yearEvent',
          type: 'select',
          options: [...platformYearEvents],
          label: label({
            zh: '该年发生的事',
            de: 'Was in diesem Jahr geschah',
            en: 'What happened that year',
          }),
          admin: {
            description: label({
              zh: '按来源的说法：成立、落户、获批、投用……',
              de: 'Wie die Quelle es sagt: gegründet, angesiedelt, genehmigt, in Betrieb genommen …',
              en: 'As the source says it: founded, settled, approved, opened …',
            }),
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        localizedText('location', { zh: '位置', de: 'Standort', en: 'Location' }),
        localizedText('operator', { zh: '运营方', de: 'Betreiber', en: 'Operator' }),
        {
          name: 'areaSqm',
          type: 'number',
          label: label({ zh: '面积（平方米）', de: 'Fläche (m²)', en: 'Area (m²)' }),
          validate: nonNegativeValidate,
        },
      ],
    },
    descriptionField,
    websiteField,
    imageField('image', { zh: '图片', de: 'Bild', en: 'Image' }),
  ],
})
