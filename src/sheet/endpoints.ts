import type { CollectionSlug, PayloadRequest } from 'payload'

import { isEditorUser, isStaffUser } from '@/access/roles'
import { maxUploadBytes } from '@/domain/uploadLimits'
import { ClientError } from '@/http/clientError'
import { apiEndpoint } from '@/http/refusal'
import { readUploadedFile } from '@/http/uploadedFile'

import { applyPlan, type ApplyMode } from './apply'
import { exportSheet } from './export'
import { readTable, sheetFormats, type SheetFormat } from './files'
import { planImport, type SheetPlan } from './plan'

/** A collection kept in spreadsheets: flagged `spreadsheet` in collections/ (enterprises, platforms). */
function sheetCollection(req: PayloadRequest): CollectionSlug {
  const name = String(req.routeParams?.collection ?? '')
  const collections = Object.values(req.payload.collections)
    .filter(({ config }) => (config.custom as { spreadsheet?: boolean } | undefined)?.spreadsheet)
    .map(({ config }) => config.slug)
  if (!collections.includes(name as CollectionSlug))
    throw new ClientError(404, `No spreadsheet for "${name}". Use: ${collections.join(', ')}.`)
  return name as CollectionSlug
}

function signedInStaff(req: PayloadRequest): void {
  if (!req.user) throw new ClientError(401, 'Sign in to import or export spreadsheets.')
  if (!isStaffUser(req.user)) throw new ClientError(403, 'Your account has no role in this CMS.')
}

function flag(req: PayloadRequest, name: string): boolean {
  const value = req.searchParams.get(name)
  if (value === null || value === '' || value === '0' || value === 'false') return false
  if (value === '1' || value === 'true') return true
  throw new ClientError(400, `?${name}= takes 1 or 0, not "${value}".`)
}

/** What the dry run reports, and what the applied import answers: the same shape. */
function report(plan: SheetPlan, format: SheetFormat, mode: ApplyMode, applied: boolean) {
  return {
    collection: plan.collection,
    format,
    mode,
    applied,
    counts: {
      create: plan.creates.length,
      update: plan.updates.length,
      unchanged: plan.unchanged.length,
      errors: plan.errors.length,
    },
    create: plan.creates.map(({ row, slug }) => ({ row, slug })),
    update: plan.updates.map(({ row, slug, columns }) => ({ row, slug, columns })),
    unchanged: plan.unchanged,
    errors: plan.errors,
  }
}

/**
 * POST /api/import/:collection[?apply=1][&publish=1] with an XLSX or CSV file (body, or multipart
 * `file`). Without `apply` a dry run: the report of rows to create, update, leave unchanged and
 * the errors by row and column, nothing written. With `apply=1` the same check, and when no row
 * has an error everything is written in one transaction; otherwise nothing is (400 with the
 * report). Saves are drafts unless an editor asks `publish=1`.
 */
export const sheetImportEndpoint = apiEndpoint('post', '/import/:collection', async (req) => {
  const collection = sheetCollection(req)
  signedInStaff(req)
  const apply = flag(req, 'apply')
  const publish = flag(req, 'publish')
  if (publish && !isEditorUser(req.user))
    throw new ClientError(
      403,
      'Only editors publish from a spreadsheet; translators import drafts and publish their language per record.',
    )
  const mode: ApplyMode = publish ? 'publish' : 'draft'
  const bytes = await readUploadedFile(
    req,
    'the spreadsheet (XLSX or CSV)',
    `The file is larger than ${maxUploadBytes / 1024 / 1024} MB; split the sheet.`,
  )
  const table = await readTable(bytes)
  const plan = await planImport(req, collection, table)
  const failed = plan.errors.length > 0
  if (apply && !failed) await applyPlan(req, plan, mode)
  return Response.json(report(plan, table.format, mode, apply && !failed), {
    status: failed ? 400 : 200,
  })
})

/** GET /api/export/:collection?format=xlsx|csv: every record's latest draft, in the import's shape. */
export const sheetExportEndpoint = apiEndpoint('get', '/export/:collection', async (req) => {
  const collection = sheetCollection(req)
  signedInStaff(req)
  const format = req.searchParams.get('format') ?? 'xlsx'
  if (!(sheetFormats as readonly string[]).includes(format))
    throw new ClientError(400, `Unknown format "${format}". Use: ${sheetFormats.join(', ')}.`)
  const file = await exportSheet(req, collection, format as SheetFormat)
  const date = new Date().toISOString().slice(0, 10)
  return new Response(new Uint8Array(file), {
    headers: {
      'content-type':
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="taicang-cms_${collection}_${date}.${format}"`,
    },
  })
})
