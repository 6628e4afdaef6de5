import type { Access, CollectionConfig, GlobalConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { isEditorUser, isStaffUser } from '@/access/roles'
import { contentCollections } from '@/domain/contentCollections'
import { label } from '@/fields/label'
import { locales, sourceLocale } from '@/i18n/locales'
import { reviewStates } from '@/workflow/reviewStates'
import { taskCollection, workflowSettingsGlobal } from '@/workflow/taskSlugs'

/** Editors see every task; translators and reviewers only those of their locales. */
const readTasks: Access = ({ req: { user } }) => {
  if (!isStaffUser(user)) return false
  if (isEditorUser(user)) return true
  return { locale: { in: [...(user?.locales ?? [])] } }
}

const nobody: Access = () => false

/**
 * One row per record × locale, created when work on it begins: its review state, who translates it
 * by when, who translated and reviewed it last, and the source text's fingerprints at approval.
 * Written only through POST /api/translation/review and the save hook that follows source changes
 * (src/workflow), so every change passes the transition checks.
 */
export const TranslationTasks: CollectionConfig = {
  slug: taskCollection,
  labels: {
    singular: label({ zh: '翻译任务', de: 'Übersetzungsauftrag', en: 'Translation task' }),
    plural: label({ zh: '翻译任务', de: 'Übersetzungsaufträge', en: 'Translation tasks' }),
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'state', 'assignee', 'dueDate'],
    group: label({ zh: '翻译', de: 'Übersetzung', en: 'Translation' }),
  },
  access: { read: readTasks, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    // `collection/id/locale`: unique, so two requests that start the same task make one row.
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    {
      name: 'collection',
      type: 'select',
      required: true,
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
      name: 'locale',
      type: 'select',
      required: true,
      index: true,
      options: locales.filter((code) => code !== sourceLocale),
      label: label({ zh: '语言', de: 'Sprache', en: 'Language' }),
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'to-do',
      index: true,
      options: [...reviewStates],
      label: label({ zh: '状态', de: 'Status', en: 'State' }),
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: label({ zh: '译员', de: 'Übersetzer', en: 'Translator' }),
    },
    {
      name: 'dueDate',
      type: 'date',
      label: label({ zh: '截止日期', de: 'Fällig am', en: 'Due date' }),
    },
    {
      name: 'lastTranslator',
      type: 'relationship',
      relationTo: 'users',
      label: label({ zh: '最后译员', de: 'Zuletzt übersetzt von', en: 'Last translated by' }),
    },
    {
      name: 'reviewer',
      type: 'relationship',
      relationTo: 'users',
      label: label({ zh: '审校', de: 'Korrektor', en: 'Reviewer' }),
    },
    {
      name: 'returnComment',
      type: 'textarea',
      label: label({ zh: '退回意见', de: 'Rückgabekommentar', en: 'Return comment' }),
    },
    // Per field path, the fingerprint of the source text approved or last acknowledged.
    { name: 'approvedSources', type: 'json', admin: { readOnly: true } },
  ],
}

/** What only an admin decides about review: may a translator's own work be approved by them? */
export const WorkflowSettings: GlobalConfig = {
  slug: workflowSettingsGlobal,
  label: label({ zh: '审校设置', de: 'Korrektur-Einstellungen', en: 'Review settings' }),
  admin: { group: label({ zh: '系统', de: 'System', en: 'System' }) },
  access: { read: isStaff, update: isAdmin },
  fields: [
    {
      name: 'allowSelfReview',
      type: 'checkbox',
      defaultValue: false,
      label: label({
        zh: '允许译员审校自己的译文',
        de: 'Übersetzer dürfen ihre eigene Übersetzung freigeben',
        en: 'Translators may approve their own translations',
      }),
    },
  ],
}
