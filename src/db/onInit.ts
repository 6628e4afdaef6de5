import type { Payload } from 'payload'

type MigrateArgs = NonNullable<Parameters<Payload['db']['migrate']>[0]>

import { seedIfEmpty } from '@/seed/seedIfEmpty'

import { migrationsFor } from './adapter'
import { databaseUri, dialectOf } from './databaseUri'

/**
 * Every start brings the schema up to date from the committed migrations, in development,
 * production and tests alike, so the schema that is tested is the one that ships. Then an empty
 * embedded development database is filled with the source content, so `npm run dev` shows a site.
 */
export async function onInit(payload: Payload): Promise<void> {
  const uri = databaseUri()
  const migrations = migrationsFor[dialectOf(uri)]
  if (migrations.length > 0) {
    payload.logger.info(`Applying database migrations (${migrations.length} known)…`)
    // Each dialect's migrations take that adapter's arguments; Payload's generic signature is wider.
    await payload.db.migrate({
      migrations: [...migrations] as unknown as MigrateArgs['migrations'],
    })
  }
  if (process.env.NODE_ENV === 'development' && dialectOf(uri) === 'sqlite') {
    await seedIfEmpty(payload)
  }
}
