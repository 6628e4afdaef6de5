// `npm run bench`: each benchmark against a fresh SQLite file and a fresh PostgreSQL database.
// Figures go to stdout as JSON lines and to bench-results/<date>.json.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { runPayloadScript, untilFinished } from '../lib/payloadScript.mjs'
import { scratchPostgres } from '../lib/postgres.mjs'

const results = []

/** A fresh database of each dialect, for one run; `drop` removes it. */
const databases = {
  async sqlite() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'))
    return {
      uri: `file:${path.join(dir, 'bench.db')}`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    }
  },
  postgres: () => scratchPostgres('bench'),
}

async function runOn(script, dialect) {
  // Each attempt on a database of its own: a run that vanished is repeated from scratch.
  const run = await untilFinished(
    async () => {
      const database = await databases[dialect]()
      try {
        const env = {
          ...process.env,
          DATABASE_URI: database.uri,
          NODE_ENV: 'production',
          PAYLOAD_SECRET: 'bench-'.padEnd(40, 'x'),
        }
        return runPayloadScript(script, { env })
      } finally {
        await database.drop()
      }
    },
    { what: `${script} on ${dialect}` },
  )
  process.stderr.write(run.stderr)
  const line = run.stdout
    .trim()
    .split('\n')
    .reverse()
    .find((candidate) => candidate.startsWith('{'))
  if (!run.finished || !line) {
    process.stderr.write(run.stdout)
    throw new Error(
      `${script} on ${dialect} failed (exit ${run.status}, ${run.signal ?? 'no signal'}${run.error ? `, ${run.error.message}` : ''})`,
    )
  }
  console.log(line)
  results.push(JSON.parse(line))
}

for (const script of ['scripts/bench/translation.ts', 'scripts/bench/spreadsheet.ts']) {
  for (const dialect of ['sqlite', 'postgres']) await runOn(script, dialect)
}

fs.mkdirSync('bench-results', { recursive: true })
fs.writeFileSync(
  path.join('bench-results', `${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.json`),
  `${JSON.stringify(results, null, 2)}\n`,
)
