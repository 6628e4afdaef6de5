import { respond } from '@/render/pageRoute'

// Any path under a locale that no page matches. Not cached: the set of wrong URLs is endless.
export const dynamic = 'force-dynamic'

/** The locale's 404 page, with status 404. */
export function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return respond(request, params, async () => null)
}
