import type { PayloadRequest } from 'payload'

import { auditLogSlug, type AuditAction } from '@/domain/auditActions'
import { isLocale, type Locale } from '@/i18n/locales'

/** What a caller tells the audit trail; who and when come from the request and the clock. */
export type AuditEntry = {
  action: AuditAction
  /** The collection or global the action was about (none for a login). */
  collection?: string | null
  recordId?: number | string | null
  /** The locale(s) acted on; none for a locale-independent action (delete, login). */
  locale?: Locale | readonly Locale[] | null
  /** Changed field paths, counts, from → to: never a password, token or field value. */
  detail?: Record<string, unknown> | null
}

type AuditUser = { id?: number | string; email?: unknown; roles?: unknown } | null | undefined

/**
 * Appends one entry to the audit trail as part of `req`'s transaction, so a save that is rolled
 * back leaves no entry either. The log is written only here, with access overridden: no API lets
 * anyone (admins included) create, change or delete an entry. The user is kept twice: as a
 * relationship, and as the e-mail and roles they had, which outlive the account.
 */
export async function recordAudit(
  req: PayloadRequest,
  entry: AuditEntry,
  user: AuditUser = req.user,
): Promise<void> {
  const locales =
    entry.locale == null ? [] : typeof entry.locale === 'string' ? [entry.locale] : entry.locale
  const roles = Array.isArray(user?.roles) ? (user.roles as unknown[]).map(String) : []
  await req.payload.create({
    collection: auditLogSlug,
    data: {
      at: new Date().toISOString(),
      // Typed from the SQL schema (numeric ids); MongoDB's are text, and pass as they are.
      user: (user?.id ?? null) as number | null,
      userEmail: typeof user?.email === 'string' ? user.email : null,
      userRoles: roles.join(', ') || null,
      action: entry.action,
      recordCollection: entry.collection ?? null,
      recordId: entry.recordId == null ? null : String(entry.recordId),
      locales: locales.filter(isLocale),
      detail: entry.detail ?? null,
    },
    depth: 0,
    overrideAccess: true,
    // A copy: the Local API sets its own locale and options on the request it is given; the copy
    // keeps the transaction.
    req: { ...req },
  })
}
