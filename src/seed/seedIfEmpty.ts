import type { Payload } from 'payload'

import { seed } from './seed'

/** On a fresh embedded database, load the article so the first `npm run dev` shows a real site. */
export async function seedIfEmpty(payload: Payload): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'milestones', overrideAccess: true })
  if (totalDocs > 0) return
  payload.logger.info('Empty database: loading the source article (npm run seed)…')
  await seed(payload)
}
