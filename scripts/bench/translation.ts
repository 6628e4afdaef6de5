/**
 * Translator-workflow benchmark on the database DATABASE_URI names (run by scripts/bench/run.mjs
 * against a fresh SQLite file and a fresh PostgreSQL database). Prints one JSON line of figures.
 *
 * 5,000 milestones: 80 % translated into German from the current source, 10 % outdated, 10 %
 * untranslated. Measures the status matrix, XLIFF export and XLIFF import of every German unit,
 * each against a plain Payload read of the same records (the baseline). The import runs the QA
 * checks on every text it changes; `qaMs` is that QA alone (the glossary read and the checks of
 * every imported unit against its source, messages included), what QA adds to the import.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { checkText } from '@/qa/checkText'
import { withMessages } from '@/qa/messages'
import { qaText } from '@/qa/text'
import { glossary } from '@/seed/content'
import { fingerprint } from '@/translation/fingerprint'
import { loadQaGlossary } from '@/translation/qa'
import { qaTranslate } from '@/translation/qaGate'
import { statusReport } from '@/translation/report'
import { parseXliff, writeXliff } from '@/translation/xliff'
import { exportXliff } from '@/translation/xliffExport'
import { importXliff } from '@/translation/xliffImport'

import { benchEditorRequest } from './benchEditor'
import { time } from './timing'

const records = Number(process.env.BENCH_RECORDS ?? 5000)
const payload = await getPayload({ config })
const log = (message: string) => payload.logger.info(`bench: ${message}`)

async function median(runs: number, run: () => Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i += 1) times.push((await time(run)).ms)
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!
}

try {
  const req = await benchEditorRequest(payload, 'bench@example.org')
  const context = { disableRevalidate: true }
  // The site's glossary, so every unit is checked against real terms (太仓, 德企, …).
  for (const entry of glossary) {
    const term = await payload.create({
      collection: 'glossary',
      locale: 'zh',
      data: { term: entry.term.zh } as never,
      overrideAccess: true,
      context,
    })
    for (const locale of ['de', 'en'] as const)
      await payload.update({
        collection: 'glossary',
        id: term.id,
        locale,
        data: { term: entry.term[locale] } as never,
        overrideAccess: true,
        context,
      })
  }
  const seeding = await time(async () => {
    for (let i = 0; i < records; i += 1) {
      const title = `第${i}条大事记：太仓对德合作`
      const doc = await payload.create({
        collection: 'milestones',
        locale: 'zh',
        data: {
          title,
          summary: `${title}的摘要。`,
          year: 1993 + (i % 30),
          category: 'event',
          _status: 'published',
        } as never,
        overrideAccess: true,
        context,
      })
      if (i % 10 < 9) {
        await payload.update({
          collection: 'milestones',
          id: doc.id,
          locale: 'de',
          draft: true,
          data: {
            title: `Meilenstein ${i}: Zusammenarbeit`,
            summary: `Zusammenfassung ${i}.`,
          } as never,
          overrideAccess: true,
          context: {
            ...context,
            sourceFingerprints: {
              title: fingerprint(title),
              summary: fingerprint(`${title}的摘要。`),
            },
          },
        })
      }
      if (i % 10 === 8) {
        await payload.update({
          collection: 'milestones',
          id: doc.id,
          locale: 'zh',
          data: { title: `${title}（修订）` } as never,
          overrideAccess: true,
          context,
        })
      }
      if (i % 1000 === 999) log(`seeded ${i + 1}/${records}`)
    }
  })

  const baseline = await median(3, () =>
    payload.find({
      collection: 'milestones',
      locale: 'all',
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    }),
  )
  const status = await median(3, () =>
    statusReport(payload, { locale: 'de', collections: ['milestones'] }),
  )
  const report = await statusReport(payload, { locale: 'de', collections: ['milestones'] })
  const exported = await time(() =>
    exportXliff(payload, { locale: 'de', collections: ['milestones'] }),
  )
  const parsed = parseXliff(exported.result.xml)
  const edited = writeXliff({
    ...parsed,
    units: parsed.units.map((unit) => ({
      ...unit,
      target: [`${unit.target?.join('') || 'Übersetzung'} (geprüft)`],
    })),
  })
  const imported = await time(() => importXliff(req, edited))
  const plain = (text: unknown[] | null) =>
    (text ?? []).map((item) => (typeof item === 'string' ? item : '')).join('')
  const qa = await median(3, async () => {
    const terms = await loadQaGlossary(payload)
    const findings = parsed.units.flatMap((unit) =>
      checkText({
        path: unit.id,
        locale: 'de',
        source: qaText(plain(unit.source)),
        target: qaText(`${plain(unit.target) || 'Übersetzung'} (geprüft)`),
        glossary: terms,
      }),
    )
    return withMessages(findings, qaTranslate(req))
  })
  // Evidence the import wrote what it reported: every record is now complete in German.
  const afterImport = await statusReport(payload, { locale: 'de', collections: ['milestones'] })

  console.log(
    JSON.stringify({
      dialect: payload.db.name,
      records,
      seedMs: seeding.ms,
      baselineReadMs: baseline,
      statusMs: status,
      statusCounts: report.collections.milestones,
      exportMs: exported.ms,
      exportUnits: exported.result.units,
      exportBytes: Buffer.byteLength(exported.result.xml),
      importMs: imported.ms,
      importSummary: {
        updated: imported.result.updated,
        unchanged: imported.result.unchanged,
        conflicts: imported.result.conflicts.length,
        errors: imported.result.errors.length,
        qaErrors: imported.result.qa.errors,
        qaWarnings: imported.result.qa.warnings,
      },
      qaMs: qa,
      statusCountsAfterImport: afterImport.collections.milestones,
      ratios: {
        statusVsBaselineRead: +(status / baseline).toFixed(2),
        exportVsBaselineRead: +(exported.ms / baseline).toFixed(2),
        importVsBaselineRead: +(imported.ms / baseline).toFixed(2),
      },
      targets: { statusMs: 1000, exportMs: 5000, importMs: 10000, qaMs: 2000 },
    }),
  )
} finally {
  await payload.destroy()
}
