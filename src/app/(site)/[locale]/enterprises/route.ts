import { queryOf, respond } from '@/render/pageRoute'

import { enterprisesPage } from './view'

// Filters and the page number live in the query string, so the page renders per request from cached reads.
export const dynamic = 'force-dynamic'

export function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return respond(request, params, (locale) => enterprisesPage(locale, queryOf(request)))
}
