import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/lib/paths'

// The origin is read at request time (one build serves several origins).
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/preview'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
