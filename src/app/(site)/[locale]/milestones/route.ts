import { queryOf, respond } from '@/render/pageRoute'

import { milestonesPage } from './view'

// The category filter lives in the query string, so the page renders per request; its reads come
// from the data cache and are revalidated by tag like every other page's.
export const dynamic = 'force-dynamic'

export function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return respond(request, params, (locale) => milestonesPage(locale, queryOf(request)))
}
