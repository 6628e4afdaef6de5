import type { CollectionAfterChangeHook, CollectionAfterLoginHook } from 'payload'

import { isLocale } from '@/i18n/locales'

import { recordAudit } from './record'

const sorted = (value: unknown): string[] => (Array.isArray(value) ? value.map(String).sort() : [])

const same = (a: string[], b: string[]) => a.join(',') === b.join(',')

/**
 * Records the account changes that widen or narrow what someone may do: a new account (with its
 * roles and locales), a change of roles, a change of editable locales. The name, password and
 * sessions are not the trail's business (and a password never enters it).
 */
export const auditUserChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context.seeding) return doc
  const roles = sorted(doc.roles)
  const locales = sorted(doc.locales)
  const entry = { collection: collection.slug, recordId: doc.id as number | string }
  if (operation === 'create') {
    await recordAudit(req, {
      ...entry,
      action: 'create',
      locale: locales.filter(isLocale),
      detail: { email: doc.email, roles, locales },
    })
    return doc
  }
  const before = { roles: sorted(previousDoc?.roles), locales: sorted(previousDoc?.locales) }
  if (!same(before.roles, roles)) {
    await recordAudit(req, {
      ...entry,
      action: 'role-change',
      detail: { email: doc.email, from: before.roles, to: roles },
    })
  }
  if (!same(before.locales, locales)) {
    await recordAudit(req, {
      ...entry,
      action: 'locale-change',
      locale: [...new Set([...before.locales, ...locales])].filter(isLocale),
      detail: { email: doc.email, from: before.locales, to: locales },
    })
  }
  return doc
}

/** Records a successful sign-in, inside the login's transaction. */
export const auditLogin: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  await recordAudit(
    req,
    { action: 'login', collection: collection.slug, recordId: user.id as number | string },
    user as never,
  )
  return user
}
