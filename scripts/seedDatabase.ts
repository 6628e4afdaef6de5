/**
 * `npm run seed`: loads the source article into the database named by DATABASE_URI. Run by
 * `payload run` (scripts/seed.mjs), which provides the config; safe to run again.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from '@/seed/seed'

const payload = await getPayload({ config })
try {
  await seed(payload)
} finally {
  await payload.destroy()
}
