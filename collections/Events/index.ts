import type { CollectionConfig } from 'payload'

import { label } from '@/fields/label'
import { safeLinksValidate } from '@/fields/safeUrl'
import { slugField } from '@/fields/slug'
import { notBeforeValidate, urlValidate } from '@/fields/validators'

import { contentCollection } from '../content'
import { countries, datePrecisions, eventFormats, eventStatuses } from './options'

export const Events: CollectionConfig = contentCollection({
  slug: 'events',
  labels: {
    singular: label('活动', 'Veranstaltung', 'Event'),
    plural: label('活动', 'Veranstaltungen', 'Events'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startDate', 'city', 'format', 'published'],
  },
  defaultSort: '-startDate',
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      required: true,
      label: label('名称', 'Titel', 'Title'),
    },
    slugField('title'),
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          type: 'date',
          required: true,
          index: true,
          label: label('开始日期', 'Beginn', 'Start date'),
          admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
        },
        {
          name: 'endDate',
          type: 'date',
          label: label('结束日期', 'Ende', 'End date'),
          admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
          validate: notBeforeValidate('startDate'),
        },
        {
          name: 'datePrecision',
          type: 'select',
          defaultValue: 'day',
          required: true,
          options: [...datePrecisions],
          label: label('日期精度', 'Genauigkeit des Datums', 'Date precision'),
          admin: {
            description: label(
              '来源只给出年份或月份时，网站只显示已知部分。',
              'Nennt die Quelle nur Jahr oder Monat, zeigt die Website nur diesen Teil.',
              'Where the source gives only a year or month, the site shows only that.',
            ),
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'city', type: 'text', localized: true, label: label('城市', 'Stadt', 'City') },
        {
          name: 'venue',
          type: 'text',
          localized: true,
          label: label('地点', 'Veranstaltungsort', 'Venue'),
        },
        {
          name: 'country',
          type: 'select',
          options: [...countries],
          label: label('国家', 'Land', 'Country'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'format',
          type: 'select',
          required: true,
          options: [...eventFormats],
          label: label('形式', 'Format', 'Format'),
        },
        {
          name: 'status',
          type: 'select',
          // Payload names the drafts enum (`_status`) enum_<table>_status too; PostgreSQL needs two names.
          enumName: 'enum_events_event_status',
          required: true,
          defaultValue: 'scheduled',
          options: [...eventStatuses],
          label: label('状态', 'Status', 'Status'),
        },
      ],
    },
    {
      name: 'organizer',
      type: 'text',
      localized: true,
      label: label('主办方', 'Veranstalter', 'Organiser'),
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
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      label: label('封面图片', 'Titelbild', 'Cover image'),
    },
    {
      name: 'registrationUrl',
      type: 'text',
      label: label('报名链接', 'Anmeldung (URL)', 'Registration URL'),
      validate: urlValidate,
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
  ],
})
