import type { CollectionConfig } from 'payload'

import {
  bodyField,
  imageField,
  localizedText,
  summaryField,
  urlField,
  relatedPlatformsField,
  relatedEnterprisesField,
} from '@/fields/common'
import { label } from '@/fields/label'
import { slugField } from '@/fields/slug'
import { notBeforeValidate, startDateValidate } from '@/fields/validators'

import { contentCollection } from '../content'
import {
  countries,
  datePrecisions,
  eventFormats,
  eventSchedules,
  eventStatuses,
  withdrawAfterEndField,
} from '@/domain/eventOptions'

export const Events: CollectionConfig = contentCollection({
  slug: 'events',
  labels: {
    singular: label({ zh: '活动', de: 'Veranstaltung', en: 'Event' }),
    plural: label({ zh: '活动', de: 'Veranstaltungen', en: 'Events' }),
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
      label: label({ zh: '名称', de: 'Titel', en: 'Title' }),
    },
    slugField('title'),
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          type: 'date',
          // Required unless `schedule` says the source gives no date: startDateValidate on saves,
          // `requiredUnless` for draft creates (see validateDrafts).
          custom: { requiredUnless: 'schedule' },
          index: true,
          label: label({ zh: '开始日期', de: 'Beginn', en: 'Start date' }),
          admin: {
            date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' },
          },
          validate: startDateValidate('schedule'),
        },
        {
          name: 'endDate',
          type: 'date',
          label: label({ zh: '结束日期', de: 'Ende', en: 'End date' }),
          admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
          validate: notBeforeValidate('startDate'),
        },
        {
          name: 'datePrecision',
          type: 'select',
          defaultValue: 'day',
          required: true,
          options: [...datePrecisions],
          label: label({ zh: '日期精度', de: 'Genauigkeit des Datums', en: 'Date precision' }),
          admin: {
            description: label({
              zh: '来源只给出年份或月份时，网站只显示已知部分。',
              de: 'Nennt die Quelle nur Jahr oder Monat, zeigt die Website nur diesen Teil.',
              en: 'Where the source gives only a year or month, the site shows only that.',
            }),
          },
        },
      ],
    },
    {
      name: 'schedule',
      type: 'select',
      options: [...eventSchedules],
      label: label({ zh: '无日期', de: 'Ohne Datum', en: 'Without a date' }),
      admin: {
        description: label({
          zh: '来源只说“定期举办”或未给出日期时选择；此时可不填开始日期，日历订阅不包含该活动。',
          de: 'Wenn die Quelle nur „regelmäßig“ sagt oder kein Datum nennt; dann darf der Beginn leer bleiben, und der Kalender-Feed lässt die Veranstaltung aus.',
          en: 'Where the source only says "held regularly" or gives no date; the start date may then stay empty and the calendar feed leaves the event out.',
        }),
      },
    },
    {
      type: 'row',
      fields: [
        localizedText('city', { zh: '城市', de: 'Stadt', en: 'City' }),
        localizedText('venue', { zh: '地点', de: 'Veranstaltungsort', en: 'Venue' }),
        {
          name: 'country',
          type: 'select',
          options: [...countries],
          label: label({ zh: '国家', de: 'Land', en: 'Country' }),
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
          label: label({ zh: '形式', de: 'Format', en: 'Format' }),
        },
        {
          name: 'status',
          type: 'select',
          // Payload names the drafts enum (`_status`) enum_<table>_status too; PostgreSQL needs two names.
          enumName: 'enum_events_event_status',
          required: true,
          defaultValue: 'scheduled',
          options: [...eventStatuses],
          label: label({ zh: '状态', de: 'Status', en: 'Status' }),
        },
      ],
    },
    localizedText('organizer', { zh: '主办方', de: 'Veranstalter', en: 'Organiser' }),
    summaryField,
    bodyField,
    imageField('cover', { zh: '封面图片', de: 'Titelbild', en: 'Cover image' }),
    urlField('registrationUrl', { zh: '报名链接', de: 'Anmeldung (URL)', en: 'Registration URL' }),
    relatedPlatformsField,
    relatedEnterprisesField,
    {
      // Read by the job that withdraws ended events (src/translation/eventWithdrawal.ts).
      name: withdrawAfterEndField,
      type: 'checkbox',
      defaultValue: false,
      label: label({
        zh: '活动结束后自动撤下',
        de: 'Nach dem Ende zurückziehen',
        en: 'Withdraw after it ends',
      }),
      admin: {
        position: 'sidebar',
        description: label({
          zh: '结束日期（无结束日期时为开始日期次日）过后，所有语言版本从网站撤下；内容保留，可再次发布。',
          de: 'Nach dem Enddatum (ohne Enddatum: einen Tag nach Beginn) wird die Veranstaltung in allen Sprachen von der Website genommen; der Text bleibt erhalten und kann erneut veröffentlicht werden.',
          en: 'After the end date (without one, a day after the start) the event leaves the site in every language; the text is kept and can be published again.',
        }),
      },
    },
  ],
})
