import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'

import { NextRequest } from 'next/server'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { Document, documentPolicy } from '@/components/Document'
import {
  adminPolicy,
  resourcePolicy,
  securityHeaderRules,
  servedOverHttps,
} from '@/lib/securityHeaders.mjs'
import { proxy } from '@/proxy'

type Rule = ReturnType<typeof securityHeaderRules>[number]

// The regular expression Next builds from each rule's `source` (as `next build` writes it to the
// routes manifest), so the test matches paths the way the server will.
const { buildCustomRoute } = createRequire(import.meta.url)(
  'next/dist/lib/build-custom-route.js',
) as {
  buildCustomRoute: (type: 'header', rule: Rule) => { regex: string }
}

/** The headers next.config.mjs gives a path (a request over plain HTTP unless `forwardedProto`). */
function configHeaders(path: string, { https = false, forwardedProto = '' } = {}) {
  const headers: Record<string, string> = {}
  for (const rule of securityHeaderRules({ https })) {
    if (!new RegExp(buildCustomRoute('header', rule).regex, 'i').test(path)) continue
    const has = 'has' in rule ? rule.has : undefined
    if (has && !has.every((item) => new RegExp(`^${item.value}$`).test(forwardedProto))) continue
    for (const { key, value } of rule.headers) headers[key.toLowerCase()] = value
  }
  return headers
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('security headers (issue #12)', () => {
  it('sends nosniff, a referrer policy, a permissions policy and SAMEORIGIN framing everywhere', () => {
    for (const path of [
      '/',
      '/de',
      '/de/events/x',
      '/admin',
      '/api/events',
      '/_next/static/a.js',
      '/sitemap.xml',
    ]) {
      const headers = configHeaders(path)
      expect({ path, nosniff: headers['x-content-type-options'] }).toEqual({
        path,
        nosniff: 'nosniff',
      })
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['permissions-policy']).toMatch(
        /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
      )
      expect(headers['x-frame-options']).toBe('SAMEORIGIN')
    }
  })

  it('gives the admin a policy Payload works with, and everything but pages a policy that loads nothing', () => {
    expect(configHeaders('/admin')['content-security-policy']).toBe(adminPolicy)
    expect(configHeaders('/admin/collections/events')['content-security-policy']).toBe(adminPolicy)
    expect(adminPolicy).toMatch(/frame-ancestors 'self'/)
    expect(adminPolicy).toMatch(/object-src 'none'/)
    expect(adminPolicy).toMatch(/base-uri 'self'/)
    for (const path of [
      '/api/events',
      '/api/graphql',
      '/api/media/file/a.svg',
      '/_next/static/chunks/a.js',
      '/sitemap.xml',
      '/robots.txt',
      '/favicon.svg',
      '/preview',
      '/de/events.ics',
      '/zh/events/forum/event.ics',
    ])
      expect({ path, csp: configHeaders(path)['content-security-policy'] }).toEqual({
        path,
        csp: resourcePolicy,
      })
    expect(resourcePolicy).toMatch(/^default-src 'none'/)
  })

  it('leaves the pages’ own policy to the page (Next keeps a config header over the handler’s)', () => {
    for (const path of [
      '/zh',
      '/de/events',
      '/en/events/forum',
      '/de/search',
      '/fr/events',
      '/xx',
      '/zh-tw/x',
    ])
      expect({ path, csp: configHeaders(path)['content-security-policy'] }).toEqual({
        path,
        csp: undefined,
      })
  })

  it('sends HSTS only over HTTPS', () => {
    expect(configHeaders('/de')['strict-transport-security']).toBeUndefined()
    expect(
      configHeaders('/de', { forwardedProto: 'http' })['strict-transport-security'],
    ).toBeUndefined()
    expect(configHeaders('/de', { forwardedProto: 'https' })['strict-transport-security']).toMatch(
      /max-age=\d{7,}/,
    )
    expect(
      configHeaders('/api/x', { forwardedProto: 'https, http' })['strict-transport-security'],
    ).toBeDefined()
    expect(configHeaders('/admin', { https: true })['strict-transport-security']).toMatch(
      /max-age=\d{7,}/,
    )
    expect(servedOverHttps('https://cms.example.org')).toBe(true)
    expect(servedOverHttps('http://localhost:3000')).toBe(false)
    expect(servedOverHttps(undefined)).toBe(false)
  })

  it.each([false, true])(
    'allows exactly the inline code a page writes (preview: %s)',
    (preview) => {
      const html = renderToStaticMarkup(
        // eslint-disable-next-line react/no-children-prop -- createElement in a .ts test: Document's props type requires children
        createElement(Document, {
          locale: 'de',
          preview,
          head: {
            title: 'T',
            description: null,
            noindex: false,
            canonical: null,
            alternates: {},
            og: null,
          } as never,
          children: createElement('main', null, 'x'),
        }),
      )
      const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!)
      const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)
      expect(styles).toHaveLength(1)
      expect(scripts).toHaveLength(preview ? 1 : 0)
      const policy = documentPolicy(preview)
      const directive = (name: string) =>
        policy
          .split('; ')
          .find((part) => part.startsWith(`${name} `))
          ?.split(' ')
          .slice(1)
      expect(policy).toMatch(/^default-src 'none'/)
      expect(directive('style-src')).toEqual(styles.map(sha256))
      expect(directive('script-src')).toEqual(preview ? scripts.map(sha256) : undefined)
      expect(directive('frame-ancestors')).toEqual(["'self'"])
      expect(directive('form-action')).toEqual(["'self'"])
    },
  )
})

describe('cookies over HTTPS (issue #12)', () => {
  const original = process.env.NEXT_PUBLIC_SERVER_URL
  afterEach(() => {
    process.env.NEXT_PUBLIC_SERVER_URL = original
  })

  it('marks the remembered language Secure when the site is served over https', () => {
    const choose = () =>
      proxy(new NextRequest('http://localhost:3000/de/events?lang=de')).headers.get('set-cookie') ??
      ''
    process.env.NEXT_PUBLIC_SERVER_URL = 'https://cms.example.org'
    expect(choose()).toMatch(/NEXT_LOCALE=de/)
    expect(choose()).toMatch(/;\s*Secure/i)
    process.env.NEXT_PUBLIC_SERVER_URL = 'http://localhost:3000'
    expect(choose()).not.toMatch(/Secure/i)
  })

  it('marks the session cookie Secure when the site is served over https', async () => {
    process.env.NEXT_PUBLIC_SERVER_URL = 'https://cms.example.org'
    const { Users } = await import('@collections/Users')
    expect(Users.auth).toMatchObject({ cookies: { secure: true } })
  })
})
