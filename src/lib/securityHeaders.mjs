// The security headers of every response: one module, plain JavaScript because next.config.mjs
// (not compiled) reads the rules, and the site's pages and cookies read the rest.
import { createHash } from 'node:crypto'

/**
 * Whether the site is served over HTTPS, from NEXT_PUBLIC_SERVER_URL read at run time. (Written as
 * `process.env.NEXT_PUBLIC_…`, Next would fix the build machine's value into the bundle.)
 * @param {string | undefined} [serverUrl]
 */
export function servedOverHttps(serverUrl = process.env['NEXT_PUBLIC_SERVER_URL']) {
  return /^https:\/\//i.test(serverUrl ?? '')
}

/** @param {Record<string, string[]>} directives */
const policy = (directives) =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')

/** A CSP source for one inline `<style>` or `<script>`: the SHA-256 of its exact text. */
export function inlineHash(/** @type {string} */ text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * A public page: HTML and CSS only, its one inline stylesheet allowed by hash, and in draft mode
 * the Live Preview script by hash. Style attributes stay allowed: Payload's rich-text renderer
 * writes alignment and indentation as `style`. The admin frames pages for Live Preview, from the
 * same origin.
 * @param {{ styles: string[], scripts?: string[] }} inline
 */
export function pagePolicy({ styles, scripts = [] }) {
  return policy({
    'default-src': ["'none'"],
    'style-src': styles.map(inlineHash),
    'style-src-attr': ["'unsafe-inline'"],
    ...(scripts.length > 0 ? { 'script-src': scripts.map(inlineHash) } : {}),
    'img-src': ["'self'"],
    'form-action': ["'self'"],
    'base-uri': ["'none'"],
    'frame-ancestors': ["'self'"],
  })
}

/**
 * Responses that are not pages (API JSON, media files, feeds, sitemap, assets): nothing in them
 * may run or load anything if a browser opens one as a document (an uploaded SVG, say).
 */
export const resourcePolicy = policy({
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'self'"],
})

/**
 * Payload's admin is a Next app with inline scripts and styles of its own; it gets what does not
 * break it: no plugins, no foreign <base>, forms and framing only from this origin.
 */
export const adminPolicy = policy({
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
})

export const strictTransportSecurity = {
  key: 'Strict-Transport-Security',
  value: 'max-age=31536000',
}

const everywhere = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  },
  // For browsers without CSP frame-ancestors; the admin's Live Preview frames the site from the same origin.
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
]

/**
 * The rules for next.config.mjs `headers()`. Next applies them before a route handler runs and
 * keeps them over the handler's own, so the public pages (each with the hash of its own inline
 * code, set by src/render/htmlResponse.tsx) and the iCalendar feeds are left out of the
 * blanket CSP. Next evaluates these rules at build time: HSTS is sent always when the build's
 * NEXT_PUBLIC_SERVER_URL is https, else when the proxy in front says the request came over HTTPS.
 * @param {{ https?: boolean }} [options]
 */
export function securityHeaderRules({ https = servedOverHttps() } = {}) {
  return [
    { source: '/:path*', headers: everywhere },
    https
      ? { source: '/:path*', headers: [strictTransportSecurity] }
      : {
          source: '/:path*',
          // The first value is the hop from the reader (`https, http` behind two proxies).
          has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https(?:\\s*,.*)?' }],
          headers: [strictTransportSecurity],
        },
    { source: '/admin', headers: [{ key: 'Content-Security-Policy', value: adminPolicy }] },
    { source: '/admin/:path*', headers: [{ key: 'Content-Security-Policy', value: adminPolicy }] },
    {
      // Everything but the admin and HTML pages: those under a locale, and those the proxy answers
      // with a 404 page for a first segment that looks like a language (`/fr/…`, `/xx`), as
      // src/proxy.ts does. `/api` only looks like one.
      source: '/:path((?!(?!api(?:/|$))[a-z]{2,3}(?:-[a-z0-9]{2,8})*(?:/|$)|admin(?:/|$)).*)',
      headers: [{ key: 'Content-Security-Policy', value: resourcePolicy }],
    },
    {
      source: '/:locale/events.ics',
      headers: [{ key: 'Content-Security-Policy', value: resourcePolicy }],
    },
    {
      source: '/:locale/events/:slug/event.ics',
      headers: [{ key: 'Content-Security-Policy', value: resourcePolicy }],
    },
  ]
}
