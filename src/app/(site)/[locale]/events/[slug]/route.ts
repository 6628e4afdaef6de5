import { recordRoute } from '@/render/pageRoute'

import { eventPage } from './view'

/** Rendered on the first visit, then served from the cache until the record's tags are revalidated. */
export function generateStaticParams() {
  return []
}

// A daily re-render as a safety net, and because whether the event is still ahead depends on the date.
export const revalidate = 86400

export const GET = recordRoute('event', revalidate, eventPage)
