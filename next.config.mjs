import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { minifiedSiteStyles } from './src/components/siteStyles.mjs'
import { securityHeaderRules } from './src/lib/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs the standalone server (no node_modules copy, a small image); `next start` needs the default output.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // The public pages' inline stylesheet, minified here once and fixed into the build (src/components/styles.ts).
  env: { SITE_STYLES: minifiedSiteStyles() },
  headers: async () => securityHeaderRules(),
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  // The public site's pages and cached reads: in Redis when REDIS_URL is set at start (shared by
  // every app instance, so a publish on one refreshes all), in memory per process otherwise.
  cacheHandler: fileURLToPath(new URL('./src/lib/redisCacheHandler.mjs', import.meta.url)),
  experimental: {
    // Without Redis the cache lives in memory, per server process. On disk it would outlive the
    // database it was read from (a restart on another database, tests, a restore) and be served
    // stale; pages are rendered again cheaply on their first visit.
    isrFlushToDisk: false,
  },
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

// withPayload asks every response for the reader's colour scheme, with `Critical-CH`, which makes
// Chrome repeat the first request of a visit to send it. Only the admin has a dark theme: ask there.
const payloadHeaders = config.headers
config.headers = async () =>
  (await payloadHeaders()).map((rule) =>
    rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH')
      ? { ...rule, source: '/admin/:path*' }
      : rule,
  )

export default config
