import type { Payload } from 'payload'

import { databaseUri, dialectOf } from '@/db/databaseUri'

import { seed } from './seed'

/**
 * On a fresh embedded development database, load the article so the first `npm run dev` shows a
 * real site. Production and test databases are never filled behind anyone's back.
 */
export async function seedIfEmpty(payload: Payload): Promise<void> {
  if (process.env.NODE_ENV !== 'development' || dialectOf(databaseUri()) !== 'sqlite') return
  const { totalDocs } = await payload.count({ collection: 'milestones', overrideAccess: true })
  if (totalDocs > 0) return
  payload.logger.info('Empty database: loading the source article (npm run seed)…')
  await seed(payload)
}
