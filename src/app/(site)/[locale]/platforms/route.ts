import { respond } from '@/render/pageRoute'

import { platformsPage } from './view'

/** Rendered on the first visit of each locale, then served from the cache until revalidated. */
export function generateStaticParams() {
  return []
}

// A daily re-render as a safety net; changes arrive through tag revalidation within a second.
export const revalidate = 86400

export function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return respond(request, params, platformsPage, { revalidate, route: { page: 'platforms' } })
}
