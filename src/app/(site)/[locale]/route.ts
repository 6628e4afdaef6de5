import { respond } from '@/render/pageRoute'

import { homePage } from './view'

/** Rendered on the first visit of each locale, then served from the cache until revalidated. */
export function generateStaticParams() {
  return []
}

// "Upcoming" events depend on today's date as well as on the content: re-render hourly at least.
export const revalidate = 3600

export function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return respond(request, params, homePage, { revalidate, route: { page: 'home' } })
}
