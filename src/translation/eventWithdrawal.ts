import { getCurrentDate, type TaskConfig, type Where } from 'payload'

import { withdrawAfterEndField } from '@/domain/eventOptions'
import { locales, type Locale } from '@/i18n/locales'

import { publishedFieldName, setLocalePublished } from './publishing'
import { publicationQueue } from './scheduledPublishing'

export const withdrawEndedEventsTaskSlug = 'withdrawEndedEvents'

const dayMs = 24 * 60 * 60 * 1000

/**
 * The published events whose editor chose "withdraw after it ends" and that ended before `now`:
 * at their end date or, without one, a day after they started (the day of a one-day event is over).
 */
export function endedEventsWhere(now: Date): Where {
  return {
    and: [
      { [withdrawAfterEndField]: { equals: true } },
      { _status: { equals: 'published' } },
      { or: locales.map((code) => ({ [`${publishedFieldName}.${code}`]: { equals: true } })) },
      {
        or: [
          { endDate: { less_than: now.toISOString() } },
          {
            and: [
              { endDate: { exists: false } },
              { startDate: { less_than: new Date(now.getTime() - dayMs).toISOString() } },
            ],
          },
        ],
      },
    ],
  }
}

/**
 * Withdraws every published locale of the events that have ended, each through the per-locale
 * publishing path (so the public pages are revalidated as for a withdrawal by hand). Runs on
 * Payload's schedule every few minutes; the text stays, so an editor can publish it again.
 */
export const withdrawEndedEventsTask: TaskConfig<{
  input: object
  output: { withdrawn: string[] }
}> = {
  slug: withdrawEndedEventsTaskSlug,
  label: 'Withdraw events that have ended',
  schedule: [{ cron: '*/5 * * * *', queue: publicationQueue }],
  retries: 0,
  handler: async ({ req }) => {
    const { docs } = await req.payload.find({
      collection: 'events',
      where: endedEventsWhere(getCurrentDate()),
      locale: 'all',
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { [publishedFieldName]: true },
    })
    const withdrawn: string[] = []
    for (const doc of docs) {
      const flags = (doc as Record<string, unknown>)[publishedFieldName] as
        Partial<Record<Locale, boolean>> | undefined
      for (const locale of locales.filter((code) => flags?.[code])) {
        await setLocalePublished(
          { payload: req.payload, user: null },
          {
            collection: 'events',
            id: doc.id,
            locale,
            published: false,
            overrideAccess: true,
            via: 'event-ended',
          },
        )
      }
      withdrawn.push(String(doc.id))
    }
    if (withdrawn.length > 0)
      req.payload.logger.info(`Withdrew ended events: ${withdrawn.join(', ')}`)
    return { output: { withdrawn } }
  },
}
