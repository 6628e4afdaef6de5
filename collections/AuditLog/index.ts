import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isAdminUser } from '@/access/roles'
import { auditExportEndpoint } from '@/audit/exportCsv'
import { auditActionOptions, auditLogSlug } from '@/domain/auditActions'
import { label } from '@/fields/label'
import { endonyms, locales } from '@/i18n/locales'

/** Nobody writes through an API, admins included: src/audit/record.ts appends with the Local API. */
const nobody = () => false

/**
 * Who did what, in which locale, when: saves, publications, imports, schedules, account changes
 * and sign-ins, recorded by src/audit/ in the transaction of the change itself. Append-only: no
 * API creates, changes or deletes an entry; only admins read them (REST, GraphQL and the admin
 * alike, and no other collection relates to it, so nothing reads it by depth).
 */
export const AuditLog: CollectionConfig = {
  slug: auditLogSlug,
  labels: {
    singular: label({ zh: '审计记录', de: 'Protokolleintrag', en: 'Audit entry' }),
    plural: label({ zh: '审计日志', de: 'Änderungsprotokoll', en: 'Audit log' }),
  },
  access: {
    read: isAdmin,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  // Entries are never edited, so there is nothing to lock, duplicate or keep versions of.
  lockDocuments: false,
  disableDuplicate: true,
  defaultSort: '-at',
  endpoints: [auditExportEndpoint],
  graphQL: { singularName: 'AuditEntry', pluralName: 'AuditEntries' },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['at', 'userEmail', 'action', 'recordCollection', 'recordId', 'locales'],
    listSearchableFields: ['userEmail', 'recordId'],
    group: label({ zh: '系统', de: 'System', en: 'System' }),
    hidden: ({ user }) => !isAdminUser(user as never),
    components: {
      beforeListTable: ['/components/admin/AuditExport#AuditExport'],
    },
  },
  fields: [
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: label({ zh: '时间', de: 'Zeitpunkt', en: 'Time' }),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: label({ zh: '用户', de: 'Benutzer', en: 'User' }),
    },
    {
      // The account's e-mail and roles at the time: they outlive the account and its later changes.
      name: 'userEmail',
      type: 'text',
      index: true,
      label: label({ zh: '用户邮箱', de: 'E-Mail des Benutzers', en: 'User e-mail' }),
    },
    {
      name: 'userRoles',
      type: 'text',
      label: label({ zh: '当时的角色', de: 'Rollen zu dem Zeitpunkt', en: 'Roles at the time' }),
    },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: auditActionOptions,
      label: label({ zh: '操作', de: 'Aktion', en: 'Action' }),
    },
    {
      name: 'recordCollection',
      type: 'text',
      index: true,
      label: label({ zh: '内容类型', de: 'Inhaltstyp', en: 'Content type' }),
    },
    {
      name: 'recordId',
      type: 'text',
      index: true,
      label: label({ zh: '记录', de: 'Datensatz', en: 'Record' }),
    },
    {
      name: 'locales',
      type: 'select',
      hasMany: true,
      // SQL adapters keep localized values in `<table>_locales`; this list needs a table of its own name.
      dbName: 'audit_log_record_locales',
      enumName: 'enum_audit_log_record_locales',
      options: locales.map((locale) => ({ value: locale, label: endonyms[locale] })),
      label: label({ zh: '语言', de: 'Sprachen', en: 'Languages' }),
    },
    {
      name: 'detail',
      type: 'json',
      label: label({ zh: '详情', de: 'Details', en: 'Details' }),
    },
  ],
}
