import { stringify } from 'csv-stringify/sync'
import type { Endpoint, PayloadRequest } from 'payload'

import { isAdminUser } from '@/access/roles'
import { auditActionOptions, auditLogSlug } from '@/domain/auditActions'
import { ClientError } from '@/http/clientError'
import { apiEndpoint } from '@/http/refusal'
import { adminT } from '@/i18n/adminTranslations'
import { isLocale, sourceLocale } from '@/i18n/locales'

import { auditWhere } from './filters'

/** The path under the collection's own: GET /api/audit-log/export.csv. */
export const auditExportPath = '/export.csv'

/** More rows than this is not a report but a backup; narrow the filters (or dump the database). */
export const maxExportedEntries = 100_000

type Entry = {
  at: string
  userEmail?: string | null
  userRoles?: string | null
  user?: number | string | null
  action: string
  recordCollection?: string | null
  recordId?: string | null
  locales?: string[] | null
  detail?: unknown
}

function actionLabel(req: PayloadRequest, action: string): string {
  const language = isLocale(req.i18n.language) ? req.i18n.language : sourceLocale
  return auditActionOptions.find((option) => option.value === action)?.label[language] ?? action
}

/**
 * The audit trail as CSV, filtered like the admin list (src/audit/filters.ts), newest first, for
 * admins only. UTF-8 with a byte-order mark, so Excel opens the Chinese and German text as such.
 */
export const auditExportEndpoint: Endpoint = apiEndpoint('get', auditExportPath, async (req) => {
  const t = adminT(req.i18n)
  if (!req.user) throw new ClientError(401, t('translator:auditSignIn'))
  if (!isAdminUser(req.user)) throw new ClientError(403, t('translator:auditAdminsOnly'))
  const where = auditWhere(req)
  const { docs, totalDocs } = await req.payload.find({
    collection: auditLogSlug,
    where,
    sort: '-at',
    limit: maxExportedEntries,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (totalDocs > maxExportedEntries)
    throw new ClientError(
      400,
      t('translator:auditTooMany', { count: String(totalDocs), max: String(maxExportedEntries) }),
    )
  const header = [
    t('translator:auditAt'),
    t('translator:auditUser'),
    t('translator:auditRoles'),
    t('translator:auditAction'),
    t('translator:auditCollection'),
    t('translator:auditRecord'),
    t('translator:auditLocales'),
    t('translator:auditDetail'),
  ]
  const rows = (docs as unknown as Entry[]).map((entry) => [
    entry.at,
    entry.userEmail ?? (entry.user == null ? '' : String(entry.user)),
    entry.userRoles ?? '',
    actionLabel(req, entry.action),
    entry.recordCollection ?? '',
    entry.recordId ?? '',
    (entry.locales ?? []).join(', '),
    entry.detail == null ? '' : JSON.stringify(entry.detail),
  ])
  const date = new Date().toISOString().slice(0, 10)
  return new Response(`\uFEFF${stringify([header, ...rows])}`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="audit-log_${date}.csv"`,
      'cache-control': 'no-store',
    },
  })
})
