import { createHash } from 'node:crypto'

import sharp from 'sharp'

import { adminSession, getPage, siteUrl, type Page } from '../helpers/site'
import type { Session } from '../helpers/http'

/**
 * The security headers of every kind of response the server sends (issue #12), read from the
 * built app that scripts/test.mjs serves: pages, 404s, feeds, sitemap, API, GraphQL, the admin,
 * Next's assets and uploaded media.
 */
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

function csp(page: Pick<Page, 'headers'>): Record<string, string[]> {
  const value = page.headers.get('content-security-policy')
  if (!value) return {}
  return Object.fromEntries(
    value.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/)
      return [name, sources]
    }),
  )
}

function expectCommonHeaders(what: string, page: Pick<Page, 'headers' | 'status'>) {
  const headers = Object.fromEntries(
    ['x-content-type-options', 'referrer-policy', 'x-frame-options'].map((name) => [
      name,
      page.headers.get(name),
    ]),
  )
  expect({ what, headers }).toEqual({
    what,
    headers: {
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-frame-options': 'SAMEORIGIN',
    },
  })
  expect(page.headers.get('permissions-policy')).toMatch(/camera=\(\)/)
  expect(page.headers.get('permissions-policy')).toMatch(/microphone=\(\)/)
  expect(page.headers.get('permissions-policy')).toMatch(/geolocation=\(\)/)
  expect(csp(page)['frame-ancestors']).toEqual(["'self'"])
  // The test server is plain HTTP and no proxy says otherwise.
  expect(page.headers.get('strict-transport-security')).toBeNull()
}

/** A page: nothing loads but its own inline stylesheet (and, in preview, its one script). */
function expectPagePolicy(what: string, page: Page, { preview = false } = {}) {
  expectCommonHeaders(what, page)
  const policy = csp(page)
  expect(policy['default-src']).toEqual(["'none'"])
  const styles = [...page.html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!)
  expect(styles.length).toBeGreaterThan(0)
  expect(policy['style-src']).toEqual(styles.map(sha256))
  // JSON-LD is data, not script: CSP does not apply to it.
  const scripts = [
    ...page.html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g),
  ]
  expect(scripts).toHaveLength(preview ? 1 : 0)
  expect(policy['script-src']).toEqual(preview ? scripts.map((m) => sha256(m[1]!)) : undefined)
  expect(policy['base-uri']).toEqual(["'none'"])
  expect(policy['form-action']).toEqual(["'self'"])
}

/** Not a page: if a browser opens it as a document, nothing in it runs or loads. */
function expectResourcePolicy(what: string, page: Pick<Page, 'headers' | 'status'>) {
  expectCommonHeaders(what, page)
  expect({ what, defaultSrc: csp(page)['default-src'] }).toEqual({ what, defaultSrc: ["'none'"] })
  expect(csp(page)['script-src']).toBeUndefined()
}

describe('security headers on every kind of response', () => {
  let admin: Session

  beforeAll(async () => {
    admin = await adminSession()
  }, 60_000)

  it.each(['zh', 'de', 'en'])('home page /%s', async (locale) => {
    const page = await getPage(`/${locale}`)
    expect(page.status).toBe(200)
    expectPagePolicy(`/${locale}`, page)
  })

  it('record, list and search pages', async () => {
    for (const path of [
      '/de/events/2017-hidden-champions-summit',
      '/en/enterprises?industry=automotive',
      '/zh/search?q=德国',
    ]) {
      const page = await getPage(encodeURI(path))
      expect({ path, status: page.status }).toEqual({ path, status: 200 })
      expectPagePolicy(path, page)
    }
  })

  it('404 pages, under a locale and outside one', async () => {
    for (const path of [
      '/de/events/no-such-event',
      '/en/no/such/page',
      '/xx',
      '/zh/events/%E0%A4%A',
    ]) {
      const page = await getPage(path)
      expect({ path, status: page.status }).toEqual({ path, status: 404 })
      expectPagePolicy(path, page)
    }
  })

  it('a draft preview allows exactly its Live Preview script, and may be framed by the admin', async () => {
    const enter = await getPage(`/preview?path=${encodeURIComponent('/de')}`, {
      headers: { authorization: `JWT ${admin.token}` },
    })
    expect(enter.status).toBe(307)
    expectResourcePolicy('/preview', enter)
    const bypass = enter.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith('__prerender_bypass='))!
      .split(';')[0]!
    const page = await getPage('/de', {
      headers: { cookie: bypass, authorization: `JWT ${admin.token}` },
    })
    expect(page.status).toBe(200)
    expect(page.html).toContain('payload-live-preview')
    expectPagePolicy('/de in preview', page, { preview: true })
  })

  it('sitemap, robots.txt and the iCalendar feeds', async () => {
    for (const path of [
      '/sitemap.xml',
      '/robots.txt',
      '/de/events.ics',
      '/zh/events/2017-hidden-champions-summit/event.ics',
    ]) {
      const page = await getPage(path)
      expect({ path, status: page.status }).toEqual({ path, status: 200 })
      expectResourcePolicy(path, page)
    }
  })

  it('REST and GraphQL API answers', async () => {
    const rest = await getPage('/api/events?limit=1')
    expect(rest.status).toBe(200)
    expectResourcePolicy('/api/events', rest)
    const graphql = await getPage('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Events(limit: 1) { totalDocs } }' }),
    })
    expect(graphql.status).toBe(200)
    expectResourcePolicy('/api/graphql', graphql)
  })

  // The admin's first render compiles its views: slow on a busy machine.
  it('the admin login page and Next’s static assets', async () => {
    const login = await getPage('/admin/login')
    expect(login.status).toBe(200)
    expectCommonHeaders('/admin/login', login)
    const policy = csp(login)
    expect(policy['object-src']).toEqual(["'none'"])
    expect(policy['base-uri']).toEqual(["'self'"])

    const asset = login.html.match(/\/_next\/static\/[^"']+\.js/)?.[0]
    expect(asset).toBeDefined()
    const script = await getPage(asset!)
    expect(script.status).toBe(200)
    expectResourcePolicy(asset!, script)
  }, 60_000)

  it('uploaded media files', async () => {
    const png = await sharp({
      create: { width: 2, height: 2, channels: 3, background: '#0b3a66' },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([png], { type: 'image/png' }), `headers-${Date.now()}.png`)
    form.append('_payload', JSON.stringify({ alt: 'Testbild' }))
    const upload = await fetch(siteUrl('/api/media?locale=de'), {
      method: 'POST',
      headers: { authorization: `JWT ${admin.token}` },
      body: form,
    })
    expect(upload.status).toBe(201)
    const { doc } = (await upload.json()) as { doc: { url: string } }
    const file = await getPage(new URL(doc.url, siteUrl()).pathname)
    expect(file.status).toBe(200)
    expectResourcePolicy(doc.url, file)
  })

  it('sends HSTS when the proxy in front says the request came over HTTPS', async () => {
    for (const path of ['/de', '/api/events?limit=1', '/admin/login', '/sitemap.xml']) {
      const page = await getPage(path, { headers: { 'x-forwarded-proto': 'https' } })
      expect({ path, hsts: page.headers.get('strict-transport-security') }).toEqual({
        path,
        hsts: expect.stringMatching(/^max-age=\d{7,}/),
      })
    }
  })
})
