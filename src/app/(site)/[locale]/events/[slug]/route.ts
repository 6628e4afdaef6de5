import { respond, segment } from '@/components/respond'

import { eventPage } from './view'

/** Rendered on the first visit, then served from the cache until the record's tags are revalidated. */
export function generateStaticParams() {
  return []
}

// A daily re-render as a safety net, and because whether the event is still ahead depends on the date.
export const revalidate = 86400

export function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  return respond(request, params, async (locale) => {
    const slug = segment((await params).slug)
    return slug === null ? null : eventPage(locale, slug)
  })
}
