/**
 * Spreadsheet import benchmark on the database DATABASE_URI names (run by scripts/bench/run.mjs
 * against a fresh SQLite file and a fresh PostgreSQL database). Prints one JSON line of figures.
 *
 * An editor imports an XLSX sheet of 5,000 enterprises (slug, name in three languages, industry,
 * year): dry run and apply, first creating every record, then changing the German name of each.
 * Timed from the file's bytes to the report, as the endpoint does it.
 */
import os from 'node:os'

import config from '@payload-config'
import { getPayload, type PayloadRequest } from 'payload'

import { applyPlan } from '@/sheet/apply'
import { readTable, writeTable } from '@/sheet/files'
import { planImport } from '@/sheet/plan'

import { benchEditorRequest } from './benchEditor'
import { time } from './timing'

const records = Number(process.env.BENCH_RECORDS ?? 5000)
const payload = await getPayload({ config })

const header = ['slug', 'name_zh', 'name_de', 'name_en', 'industry', 'yearArrived']
const industries = ['machinery', 'automotive', 'precision', 'electronics'] as const

function sheet(germanSuffix: string) {
  return writeTable(
    'xlsx',
    header,
    Array.from({ length: records }, (_, i) => [
      `bench-firm-${i}`,
      `太仓德资企业第${i}号`,
      `Unternehmen ${i}${germanSuffix}`,
      `Enterprise ${i}`,
      industries[i % industries.length]!,
      1993 + (i % 30),
    ]),
  )
}

/** Dry run, then apply, of one file: the plan's counts with each time. */
async function importBoth(req: PayloadRequest, file: Buffer) {
  const dryRun = await time(async () => planImport(req, 'enterprises', await readTable(file)))
  const apply = await time(async () => {
    const plan = await planImport(req, 'enterprises', await readTable(file))
    if (plan.errors.length > 0) throw new Error(JSON.stringify(plan.errors.slice(0, 3)))
    await applyPlan(req, plan, 'draft')
    return plan
  })
  const counts = (plan: typeof dryRun.result) => ({
    create: plan.creates.length,
    update: plan.updates.length,
    unchanged: plan.unchanged.length,
    errors: plan.errors.length,
  })
  return { dryRunMs: dryRun.ms, applyMs: apply.ms, counts: counts(apply.result) }
}

try {
  const req = await benchEditorRequest(payload, 'bench-sheet@example.org')
  const created = await importBoth(req, await sheet(''))
  const updated = await importBoth(req, await sheet(' GmbH'))
  const stored = await payload.count({ collection: 'enterprises', overrideAccess: true })

  console.log(
    JSON.stringify({
      bench: 'spreadsheet',
      dialect: payload.db.name,
      records,
      storedAfter: stored.totalDocs,
      create: created,
      update: updated,
      targets: { dryRunMs: 3000, applyMs: 10000 },
      // Times on a shared machine mean little without it: 1, 5 and 15 minutes.
      loadAverage: os.loadavg().map((load) => Math.round(load * 10) / 10),
      cpuSeconds: Math.round(process.cpuUsage().user / 1e5) / 10,
    }),
  )
} finally {
  await payload.destroy()
}
