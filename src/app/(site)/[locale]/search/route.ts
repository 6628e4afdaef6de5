import { queryOf, respond } from '@/render/pageRoute'

import { searchPage } from './view'

// The query lives in the query string, so the page renders per request; the records it searches
// come from the data cache.
export const dynamic = 'force-dynamic'

export function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return respond(request, params, (locale) => searchPage(locale, queryOf(request)))
}
