import type { Payload } from 'payload'

import { migrationsFor } from './adapter'
import { databaseUri, dialectOf } from './databaseUri'

type MigrateArgs = NonNullable<Parameters<Payload['db']['migrate']>[0]>

/**
 * Every start brings the schema up to date from the committed migrations, in development,
 * production and tests alike, so the schema that is tested is the one that ships.
 */
export async function applyMigrations(payload: Payload): Promise<void> {
  const migrations = migrationsFor[dialectOf(databaseUri())]
  if (migrations.length > 0) {
    payload.logger.info(`Applying database migrations (${migrations.length} known)…`)
    // Each dialect's migrations take that adapter's arguments; Payload's generic signature is wider.
    await payload.db.migrate({
      migrations: [...migrations] as unknown as MigrateArgs['migrations'],
    })
  }
}
