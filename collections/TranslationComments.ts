import type { CollectionConfig } from 'payload'

import { commentsOfOwnLocales } from '@/access/canCommentIn'
import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { contentCollections } from '@/domain/contentCollections'
import { label } from '@/fields/label'
import { locales } from '@/i18n/locales'
import { announceComment, checkComment } from '@/workflow/commentRules'
import { commentCollection, commentMaxLength } from '@/workflow/commentSlug'

/**
 * Questions and answers on one field of one record in one locale: a translator asks, an editor
 * answers, someone resolves. A thread is its first comment; replies point to it. Who may write what
 * is checked in `checkComment` (src/workflow/commentRules.ts), whatever the API.
 */
export const TranslationComments: CollectionConfig = {
  slug: commentCollection,
  labels: {
    singular: label({ zh: '翻译评论', de: 'Übersetzungskommentar', en: 'Translation comment' }),
    plural: label({ zh: '翻译评论', de: 'Übersetzungskommentare', en: 'Translation comments' }),
  },
  admin: {
    useAsTitle: 'body',
    defaultColumns: ['body', 'collection', 'field', 'locale', 'resolved', 'author'],
    group: label({ zh: '翻译', de: 'Übersetzung', en: 'Translation' }),
  },
  access: {
    read: commentsOfOwnLocales,
    create: isStaff,
    update: commentsOfOwnLocales,
    delete: isAdmin,
  },
  hooks: { beforeChange: [checkComment], afterChange: [announceComment] },
  fields: [
    {
      name: 'collection',
      type: 'select',
      required: true,
      index: true,
      options: [...contentCollections],
      label: label({ zh: '内容类型', de: 'Inhaltstyp', en: 'Content type' }),
    },
    {
      name: 'recordId',
      type: 'text',
      required: true,
      index: true,
      label: label({ zh: '记录', de: 'Datensatz', en: 'Record' }),
    },
    {
      name: 'field',
      type: 'text',
      required: true,
      label: label({ zh: '字段', de: 'Feld', en: 'Field' }),
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      index: true,
      options: [...locales],
      label: label({ zh: '语言', de: 'Sprache', en: 'Language' }),
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: commentMaxLength,
      label: label({ zh: '内容', de: 'Text', en: 'Text' }),
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      admin: { readOnly: true },
      label: label({ zh: '作者', de: 'Verfasser', en: 'Author' }),
    },
    {
      // Replies point to the first comment; a thread is never nested deeper.
      name: 'thread',
      type: 'relationship',
      relationTo: commentCollection,
      index: true,
      admin: { readOnly: true },
      label: label({ zh: '所属讨论', de: 'Unterhaltung', en: 'Thread' }),
    },
    {
      name: 'resolved',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label({ zh: '已解决', de: 'Erledigt', en: 'Resolved' }),
    },
    {
      name: 'resolvedBy',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true },
      label: label({ zh: '解决人', de: 'Erledigt von', en: 'Resolved by' }),
    },
    {
      name: 'resolvedAt',
      type: 'date',
      admin: { readOnly: true },
      label: label({ zh: '解决时间', de: 'Erledigt am', en: 'Resolved at' }),
    },
  ],
}
