import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from '@/migrations/postgres'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'

import { dialectOf } from './databaseUri'
import { withDocumentLocks } from './documentLocks'
import { postgresLookupIndexes, sqliteLookupIndexes } from './lookupIndexes'

const migrationsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations')

/** The committed migrations of each SQL dialect; MongoDB needs none. */
export const migrationsFor = {
  sqlite: sqliteMigrations,
  postgres: postgresMigrations,
  mongodb: [],
} as const

/**
 * One adapter per `DATABASE_URI` scheme. The SQL schema comes from the committed migrations in
 * every environment (see `runMigrations`), never from a dev-mode push: a pushed database makes
 * Payload stop at a y/N prompt the first time migrations run against it.
 */
export function databaseAdapter(uri: string): DatabaseAdapterObj {
  return withDocumentLocks(adapterFor(uri), { oneWriter: dialectOf(uri) === 'sqlite' })
}

function adapterFor(uri: string): DatabaseAdapterObj {
  switch (dialectOf(uri)) {
    case 'sqlite':
      ensureDirectoryFor(uri)
      return sqliteAdapter({
        client: { url: uri },
        // Without this the SQLite adapter runs every operation outside a transaction, and an
        // XLIFF import could stop half-applied. IMMEDIATE takes the write lock at BEGIN, so two
        // saves queue instead of failing with SQLITE_BUSY when both try to upgrade a read lock.
        transactionOptions: { behavior: 'immediate' },
        push: false,
        migrationDir: path.join(migrationsRoot, 'sqlite'),
        afterSchemaInit: [sqliteLookupIndexes],
      })
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: uri },
        push: false,
        migrationDir: path.join(migrationsRoot, 'postgres'),
        afterSchemaInit: [postgresLookupIndexes],
      })
    case 'mongodb':
      return mongooseAdapter({ url: uri })
  }
}

/** libSQL creates the database file but not its folder (`./data` on a fresh clone). */
function ensureDirectoryFor(fileUri: string): void {
  const file = fileUri.slice('file:'.length)
  if (file && file !== ':memory:')
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}
