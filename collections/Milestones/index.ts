import type { CollectionConfig } from 'payload'

import {
  bodyField,
  summaryField,
  relatedPlatformsField,
  relatedEnterprisesField,
  relatedEventsField,
} from '@/fields/common'
import { label } from '@/fields/label'
import { yearValidate } from '@/fields/validators'

import { contentCollection } from '../content'
import { datePrecisions } from '@/domain/eventOptions'
import { milestoneCategories } from '@/domain/milestoneOptions'

export const Milestones: CollectionConfig = contentCollection({
  slug: 'milestones',
  labels: {
    singular: label({ zh: '大事记', de: 'Meilenstein', en: 'Milestone' }),
    plural: label({ zh: '大事记', de: 'Meilensteine', en: 'Milestones' }),
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'year', 'category', 'published'] },
  defaultSort: '-year',
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      required: true,
      label: label({ zh: '标题', de: 'Titel', en: 'Title' }),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          required: true,
          index: true,
          label: label({ zh: '年份', de: 'Jahr', en: 'Year' }),
          validate: yearValidate(),
        },
        {
          name: 'date',
          type: 'date',
          label: label({ zh: '日期', de: 'Datum', en: 'Date' }),
          admin: {
            date: { pickerAppearance: 'dayOnly' },
            description: label({
              zh: '仅在来源给出月份或具体日期时填写。',
              de: 'Nur wenn die Quelle einen Monat oder ein genaues Datum nennt.',
              en: 'Only where the source gives a month or an exact date.',
            }),
          },
        },
        {
          // A milestone the article dates "2021年7月" must not show as 1 July 2021.
          name: 'datePrecision',
          type: 'select',
          defaultValue: 'day',
          options: datePrecisions.filter((option) => option.value !== 'year'),
          label: label({ zh: '日期精度', de: 'Genauigkeit des Datums', en: 'Date precision' }),
          admin: { condition: (_, sibling) => Boolean(sibling?.date) },
        },
        {
          name: 'category',
          type: 'select',
          required: true,
          options: [...milestoneCategories],
          label: label({ zh: '类别', de: 'Kategorie', en: 'Category' }),
        },
      ],
    },
    summaryField,
    bodyField,
    relatedPlatformsField,
    relatedEnterprisesField,
    relatedEventsField,
  ],
})
