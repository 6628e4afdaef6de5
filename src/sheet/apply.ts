import type { CollectionSlug, PayloadRequest } from 'payload'

import { recordAudit } from '@/audit/record'
import { holdDocument } from '@/db/documentLocks'
import { inOneTransaction } from '@/db/oneTransaction'
import { locales, sourceLocale } from '@/i18n/locales'
import { inLockOrder } from '@/translation/draftWrites'

import { createDrafts, updateDrafts } from './bulkDrafts'
import type { RowWrite, SheetPlan } from './plan'

/**
 * How an import is written. Drafts by default, as every other save in the admin: the sheet's text
 * waits for review and nothing reaches the public site until someone publishes it. An editor may
 * choose to publish the locales a row changes, each one on its own (per-locale publishing,
 * src/translation/publishing.ts); a translator's publish follows their usual rule (their locale,
 * on a record an editor has published), and a refusal undoes the whole import.
 */
export type ApplyMode = 'draft' | 'publish'

/**
 * Writes a plan that has no errors, all or nothing, in one transaction; any failure rolls every row
 * back and is thrown. Drafts are written in bulk (./bulkDrafts.ts: the checks are the dry run's,
 * the writes what Payload's save would store). A publishing import saves row by row through the
 * Local API as the requesting user, each record held against concurrent saves first (in the one
 * order every bulk write takes), so per-locale publishing runs as for a publish in the admin.
 * The audit trail gets one entry for the import, with its counts, in the same transaction.
 */
export async function applyPlan(
  req: PayloadRequest,
  plan: SheetPlan,
  mode: ApplyMode,
): Promise<void> {
  await inOneTransaction(req, async () => {
    if (mode === 'draft') await writeDrafts(req, plan)
    else await publishRows(req, plan)
    const rows = [...plan.creates, ...plan.updates]
    await recordAudit(req, {
      action: 'import-sheet',
      collection: plan.collection,
      locale: locales.filter((code) => rows.some((write) => write.data.has(code))),
      detail: {
        mode,
        created: plan.creates.length,
        updated: plan.updates.length,
        unchanged: plan.unchanged.length,
      },
    })
  })
}

async function writeDrafts(req: PayloadRequest, plan: SheetPlan): Promise<void> {
  await createDrafts(req, plan.collection, plan.creates)
  const withoutHistory = await updateDrafts(req, plan.collection, plan.updates)
  for (const write of withoutHistory) await saveRow(req, plan.collection, write, 'draft')
}

async function publishRows(req: PayloadRequest, plan: SheetPlan): Promise<void> {
  const existing = plan.updates.map((write) => ({
    collection: plan.collection,
    id: String(write.id),
  }))
  for (const { collection, id } of inLockOrder(existing)) await holdDocument(req, collection, id)
  for (const write of [...plan.creates, ...plan.updates]) {
    await saveRow(req, plan.collection, write, 'publish')
  }
}

/**
 * One save per locale the row changes, the source locale (with the shared fields) first: the
 * ordinary path, which the bulk drafts are compared with in tests.
 */
export async function saveRow(
  req: PayloadRequest,
  collection: CollectionSlug,
  write: RowWrite,
  mode: ApplyMode,
): Promise<void> {
  const status = mode === 'publish' ? 'published' : 'draft'
  let id = write.id
  for (const locale of [sourceLocale, ...locales.filter((code) => code !== sourceLocale)]) {
    const data = write.data.get(locale)
    if (!data) continue
    const common = {
      collection,
      locale,
      depth: 0,
      draft: mode === 'draft',
      data: { ...data, _status: status } as never,
      user: req.user,
      overrideAccess: false,
      // A copy per save, in the same transaction: the workflow hooks keep per-save notes in
      // `req.context` (the locale being published, whether this is a draft), which must not
      // carry over to the next row. The import's one audit entry stands for its saves.
      req: { ...req, context: { auditBatch: 'import-sheet' as const } },
    }
    try {
      if (id === null) id = (await req.payload.create(common)).id
      else await req.payload.update({ ...common, id })
    } catch (error) {
      throw rowError(error, write.row, locale)
    }
  }
}

/** A save's refusal, told with the sheet's row (and the locale being saved): nothing was written. */
function rowError(error: unknown, row: number, locale: string): unknown {
  const status = (error as { status?: unknown }).status
  if (typeof status !== 'number' || status >= 500) return error
  const data = (error as { data?: { errors?: { message?: string; path?: string }[] } }).data
  const details = (data?.errors ?? []).map(
    (item) => `${item.path ? `${item.path}: ` : ''}${item.message ?? ''}`,
  )
  const refused = new Error(
    [`Row ${row} (${locale}): ${(error as Error).message}`, ...details].join(' '),
  ) as Error & { status: number }
  refused.status = status
  return refused
}
