import type { CollectionConfig } from 'payload'

import { label } from '@/fields/label'
import { safeLinksValidate } from '@/fields/safeUrl'
import { yearValidate } from '@/fields/validators'

import { contentCollection } from '../content'
import { milestoneCategories } from './options'

export const Milestones: CollectionConfig = contentCollection({
  slug: 'milestones',
  labels: {
    singular: label('大事记', 'Meilenstein', 'Milestone'),
    plural: label('大事记', 'Meilensteine', 'Milestones'),
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'year', 'category', 'published'] },
  defaultSort: '-year',
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      required: true,
      label: label('标题', 'Titel', 'Title'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          required: true,
          index: true,
          label: label('年份', 'Jahr', 'Year'),
          validate: yearValidate(),
        },
        {
          name: 'date',
          type: 'date',
          label: label('日期', 'Datum', 'Date'),
          admin: {
            date: { pickerAppearance: 'dayOnly' },
            description: label(
              '仅在来源给出具体日期时填写。',
              'Nur wenn die Quelle ein genaues Datum nennt.',
              'Only where the source gives an exact date.',
            ),
          },
        },
        {
          name: 'category',
          type: 'select',
          required: true,
          options: [...milestoneCategories],
          label: label('类别', 'Kategorie', 'Category'),
        },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: label('摘要', 'Zusammenfassung', 'Summary'),
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: label('正文', 'Text', 'Body'),
      validate: safeLinksValidate,
    },
    {
      name: 'platforms',
      type: 'relationship',
      relationTo: 'platforms',
      hasMany: true,
      label: label('相关平台', 'Plattformen', 'Platforms'),
    },
    {
      name: 'enterprises',
      type: 'relationship',
      relationTo: 'enterprises',
      hasMany: true,
      label: label('相关企业', 'Unternehmen', 'Enterprises'),
    },
    {
      name: 'events',
      type: 'relationship',
      relationTo: 'events',
      hasMany: true,
      label: label('相关活动', 'Veranstaltungen', 'Events'),
    },
  ],
})
