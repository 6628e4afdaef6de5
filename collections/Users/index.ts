import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '@/access/adminOrSelf'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isStaffUser, roles } from '@/access/roles'
import { auditDelete } from '@/audit/contentHooks'
import { auditLogin, auditUserChange } from '@/audit/userHooks'
import { label } from '@/fields/label'
import { rejectMalformedValues } from '@/hooks/rejectMalformedValues'
import { endonyms, locales } from '@/i18n/locales'
import { defaultNotificationMode, notificationModes } from '@/notifications/modes'
import { servedOverHttps } from '@/lib/securityHeaders.mjs'

import { forgotPasswordEndpoint } from './endpoints/forgotPassword'
import { equalizeLoginTiming } from './hooks/equalizeLoginTiming'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { limitGraphQLAuth } from './hooks/limitGraphQLAuth'

const roleLabels = {
  admin: label({ zh: '管理员', de: 'Administrator', en: 'Administrator' }),
  editor: label({ zh: '编辑', de: 'Redakteur', en: 'Editor' }),
  translator: label({ zh: '译员', de: 'Übersetzer', en: 'Translator' }),
  reviewer: label({ zh: '审校', de: 'Korrektor', en: 'Reviewer' }),
} as const

const notificationLabels = {
  immediately: label({ zh: '立即', de: 'Sofort', en: 'Immediately' }),
  daily: label({ zh: '每日汇总', de: 'Tägliche Zusammenfassung', en: 'Daily digest' }),
  off: label({ zh: '不通知', de: 'Keine', en: 'Off' }),
} as const

const signedIn = (_data: unknown, _siblingData: unknown, { user }: { user?: unknown }) =>
  Boolean(user)

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: label({ zh: '用户', de: 'Benutzer', en: 'User' }),
    plural: label({ zh: '用户', de: 'Benutzer', en: 'Users' }),
  },
  auth: {
    // Payload's per-account interval reserves the account outside the request's transaction, which
    // SQLite cannot do while that transaction holds the write lock: every request failed with
    // "database is locked". The forgot-password endpoint below enforces the interval instead.
    forgotPassword: { minRequestInterval: 0 },
    // Over HTTPS the session cookie is never sent in clear text (a Secure cookie would not be set at
    // all on a plain-HTTP development server).
    cookies: { secure: servedOverHttps() },
  },
  endpoints: [forgotPasswordEndpoint],
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles', 'locales'],
    group: label({ zh: '系统', de: 'System', en: 'System' }),
  },
  access: {
    // Only people with a role work in the admin panel; a record without one is locked out.
    admin: ({ req: { user } }) => isStaffUser(user),
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [firstUserIsAdmin],
    afterChange: [auditUserChange],
    afterDelete: [auditDelete],
    afterLogin: [auditLogin],
    beforeOperation: [limitGraphQLAuth, equalizeLoginTiming, rejectMalformedValues],
  },
  fields: [
    { name: 'name', type: 'text', label: label({ zh: '姓名', de: 'Name', en: 'Name' }) },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
      label: label({ zh: '角色', de: 'Rollen', en: 'Roles' }),
      access: { create: isAdminField, update: isAdminField },
      // The create-first-user screen has no signed-in user; that account always becomes admin.
      admin: { condition: signedIn },
    },
    {
      name: 'locales',
      type: 'select',
      hasMany: true,
      // SQL adapters keep localized values in `<table>_locales`; this list needs a table of its own name.
      dbName: 'users_editable_locales',
      enumName: 'enum_users_editable_locales',
      saveToJWT: true,
      options: locales.map((locale) => ({ value: locale, label: endonyms[locale] })),
      label: label({ zh: '可编辑语言', de: 'Bearbeitbare Sprachen', en: 'Editable languages' }),
      admin: {
        condition: signedIn,
        description: label({
          zh: '译员只能编辑这些语言，审校只能审校这些语言。',
          de: 'Übersetzer bearbeiten nur diese Sprachen, Korrektoren prüfen nur diese.',
          en: 'Translators edit only these languages; reviewers review only these.',
        }),
      },
      access: { create: isAdminField, update: isAdminField },
    },
    {
      // No field access: a user sets this on their own record (the collection's update is admin
      // or self), unlike roles and locales.
      name: 'notifications',
      type: 'select',
      required: true,
      defaultValue: defaultNotificationMode,
      options: notificationModes.map((mode) => ({ value: mode, label: notificationLabels[mode] })),
      label: label({ zh: '邮件通知', de: 'E-Mail-Benachrichtigungen', en: 'E-mail notifications' }),
      admin: {
        condition: signedIn,
        description: label({
          zh: '分配、审校和原文修改的邮件：立即发送、每日汇总一次或不发送。',
          de: 'E-Mails zu Zuweisungen, Prüfungen und Änderungen am Ausgangstext: sofort, einmal täglich gesammelt oder gar nicht.',
          en: 'E-mails about assignments, reviews and source changes: at once, collected once a day, or not at all.',
        }),
      },
    },
  ],
}
