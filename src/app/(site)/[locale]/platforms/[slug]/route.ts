import { recordRoute } from '@/render/pageRoute'

import { platformPage } from './view'

/** Rendered on the first visit, then served from the cache until the record's tags are revalidated. */
export function generateStaticParams() {
  return []
}

// A daily re-render as a safety net.
export const revalidate = 86400

export const GET = recordRoute('platform', revalidate, platformPage)
