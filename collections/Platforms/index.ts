import type { CollectionConfig } from 'payload'

import { label } from '@/fields/label'
import { safeLinksValidate } from '@/fields/safeUrl'
import { slugField } from '@/fields/slug'
import { nonNegativeValidate, urlValidate, yearValidate } from '@/fields/validators'

import { contentCollection } from '../content'
import { platformStatuses, platformTypes, platformYearEvents } from './options'

export const Platforms: CollectionConfig = contentCollection({
  slug: 'platforms',
  labels: {
    singular: label('合作平台', 'Kooperationsplattform', 'Platform'),
    plural: label('合作平台/载体', 'Kooperationsplattformen', 'Platforms'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'openedYear', 'yearEvent', 'status', 'published'],
  },
  defaultSort: 'openedYear',
  fields: [
    {
      name: 'name',
      type: 'text',
      localized: true,
      required: true,
      label: label('名称', 'Name', 'Name'),
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
          label: label('类型', 'Art', 'Type'),
        },
        {
          name: 'status',
          type: 'select',
          // Payload names the drafts enum (`_status`) enum_<table>_status too; PostgreSQL needs two names.
          enumName: 'enum_platforms_platform_status',
          // Optional, no default: most sources date a founding but say nothing of today's state,
          // and an empty status is honest where "operating" would be a claim.
          options: [...platformStatuses],
          label: label('状态', 'Status', 'Status'),
          admin: {
            description: label(
              '来源未说明现状时留空。',
              'Leer lassen, wenn die Quelle den heutigen Stand nicht nennt.',
              'Leave empty where the source does not state it.',
            ),
          },
        },
        {
          name: 'openedYear',
          type: 'number',
          label: label('年份', 'Jahr', 'Year'),
          validate: yearValidate(),
        },
        {
          name: 'yearEvent',
          type: 'select',
          options: [...platformYearEvents],
          label: label('该年发生的事', 'Was in diesem Jahr geschah', 'What happened that year'),
          admin: {
            description: label(
              '按来源的说法：成立、落户、获批、投用……',
              'Wie die Quelle es sagt: gegründet, angesiedelt, genehmigt, in Betrieb genommen …',
              'As the source says it: founded, settled, approved, opened …',
            ),
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'location',
          type: 'text',
          localized: true,
          label: label('位置', 'Standort', 'Location'),
        },
        {
          name: 'operator',
          type: 'text',
          localized: true,
          label: label('运营方', 'Betreiber', 'Operator'),
        },
        {
          name: 'areaSqm',
          type: 'number',
          label: label('面积（平方米）', 'Fläche (m²)', 'Area (m²)'),
          validate: nonNegativeValidate,
        },
      ],
    },
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: label('简介', 'Beschreibung', 'Description'),
      validate: safeLinksValidate,
    },
    {
      name: 'website',
      type: 'text',
      label: label('网站', 'Website', 'Website'),
      validate: urlValidate,
    },
    { name: 'image', type: 'upload', relationTo: 'media', label: label('图片', 'Bild', 'Image') },
  ],
})
