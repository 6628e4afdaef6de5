import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { scratchPostgres } from '../../scripts/lib/postgres.mjs'

export type TestDialect = 'sqlite' | 'postgres'

export type TestDatabase = { uri: string; dispose: () => Promise<void> }

export function testDialect(): TestDialect {
  return process.env.TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite'
}

/**
 * Why the PostgreSQL tests cannot run, or null. scripts/test.mjs probes the server once before
 * jest starts; under CI=true an unreachable server fails the run there instead.
 */
export function postgresUnavailable(): string | null {
  return process.env.POSTGRES_UNAVAILABLE || null
}

/** Names this run's scratch databases so the runner can drop them all afterwards. */
export function testRunPrefix(): string {
  return `t${process.env.TEST_RUN_ID ?? 'adhoc'}_`
}

/** A new, empty database of the current dialect for one test file. */
export async function freshDatabase(purpose: string): Promise<TestDatabase> {
  if (testDialect() === 'postgres') {
    // Dropped by scripts/test.mjs after jest exits: Payload keeps a pool connection checked out
    // after destroy(), and dropping the database under it makes pg emit an unhandled error.
    const db = await scratchPostgres(
      `${testRunPrefix()}${purpose.replace(/[^a-z0-9]/gi, '').toLowerCase()}`,
    )
    return { uri: db.uri, dispose: async () => {} }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cms-${purpose}-`))
  return {
    uri: `file:${path.join(dir, 'test.db')}`,
    dispose: async () => fs.rmSync(dir, { recursive: true, force: true }),
  }
}
