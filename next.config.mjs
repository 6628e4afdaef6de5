import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs the standalone server (no node_modules copy, a small image); `next start` needs the default output.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  // Metadata (hreflang, canonical, Open Graph) in <head> for every client, not streamed into
  // <body>: the site's reads are cached, so waiting for it costs nothing.
  htmlLimitedBots: /.*/,
  experimental: {
    // The public site's cache lives in memory, per server process. On disk it would outlive the
    // database it was read from (a restart on another database, tests, a restore) and be served
    // stale; the content is rendered again cheaply on first visit.
    isrFlushToDisk: false,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
