// `npm run migrate:create -- <name>`: writes a migration for each SQL dialect from the current
// collections, so SQLite and PostgreSQL never drift apart. PostgreSQL needs a scratch database to
// connect to; it is made and dropped here (POSTGRES_URL points at the server, default localhost).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { scratchPostgres } from './lib/postgres.mjs'

const name = process.argv[2] ?? 'schema'

function create(databaseUri) {
  const result = spawnSync('payload', ['migrate:create', name], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URI: databaseUri, PAYLOAD_MIGRATING: 'true' },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-migrate-'))
create(`file:${path.join(dir, 'scratch.db')}`)
fs.rmSync(dir, { recursive: true, force: true })

const postgres = await scratchPostgres('migrate')
try {
  create(postgres.uri)
} finally {
  await postgres.drop()
}
