import { queryOf, respond } from '@/render/pageRoute'

import { eventsPage } from './view'

// Filters live in the query string, so the page renders per request from cached reads.
export const dynamic = 'force-dynamic'

export function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return respond(request, params, (locale) => eventsPage(locale, queryOf(request)))
}
