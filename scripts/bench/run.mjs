// `npm run bench`: each benchmark against a fresh SQLite file and a fresh PostgreSQL database.
// Figures go to stdout as JSON lines and to bench-results/<date>.json.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { scratchPostgres } from '../lib/postgres.mjs'

// The CLI npm links for `payload` (its package exports do not list bin.js).
const payloadBin = path.resolve('node_modules/payload/bin.js')
const results = []

function run(script, databaseUri) {
  const child = spawnSync(process.execPath, [payloadBin, 'run', script], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URI: databaseUri, NODE_ENV: 'production', PAYLOAD_SECRET: 'bench-'.padEnd(40, 'x') },
    maxBuffer: 64 * 1024 * 1024,
  })
  process.stderr.write(child.stderr)
  const line = child.stdout.trim().split('\n').reverse().find((candidate) => candidate.startsWith('{'))
  if (child.status !== 0 || !line) {
    process.stderr.write(child.stdout)
    throw new Error(`${script} on ${databaseUri.split(':')[0]} failed (exit ${child.status}, ${child.signal ?? 'no signal'}${child.error ? `, ${child.error.message}` : ''})`)
  }
  console.log(line)
  results.push(JSON.parse(line))
}

for (const script of ['scripts/bench/translation.ts']) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'))
  run(script, `file:${path.join(dir, 'bench.db')}`)
  fs.rmSync(dir, { recursive: true, force: true })
  const postgres = await scratchPostgres('bench')
  try {
    run(script, postgres.uri)
  } finally {
    await postgres.drop()
  }
}

fs.mkdirSync('bench-results', { recursive: true })
fs.writeFileSync(path.join('bench-results', `${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.json`), `${JSON.stringify(results, null, 2)}\n`)
