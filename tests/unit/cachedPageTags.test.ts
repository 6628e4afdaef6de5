import { NextRequest } from 'next/server'

import {
  cachedPage,
  forgetCachedPages,
  noteCachedPage,
  renderGeneration,
  type CachedPage,
} from '@/lib/cachedPageTags'
import { proxy } from '@/proxy'

const page = (etag: string, freshFor = 60_000): CachedPage => ({
  etag,
  headers: { etag, 'content-type': 'text/html; charset=utf-8', 'cache-control': 's-maxage=60' },
  freshUntil: Date.now() + freshFor,
})

describe('the tags of pages Next caches whole', () => {
  beforeEach(() => forgetCachedPages())

  it('vouch for a page until its revalidate time', () => {
    noteCachedPage('/de', page('"a"'), renderGeneration())
    expect(cachedPage('/de')?.etag).toBe('"a"')
    expect(cachedPage('/de', Date.now() + 61_000)).toBeNull()
    expect(cachedPage('/en')).toBeNull()
  })

  it('vouch for nothing after a publish, nor for a page whose render began before it', () => {
    noteCachedPage('/de', page('"a"'), renderGeneration())
    const before = renderGeneration()
    forgetCachedPages()
    expect(cachedPage('/de')).toBeNull()
    noteCachedPage('/zh', page('"b"'), before)
    expect(cachedPage('/zh')).toBeNull()
    noteCachedPage('/zh', page('"c"'), renderGeneration())
    expect(cachedPage('/zh')?.etag).toBe('"c"')
  })
})

describe('the proxy answering a browser that revalidates a cached page', () => {
  const run = (path: string, headers: Record<string, string>, method = 'GET') =>
    proxy(new NextRequest(`http://localhost:3000${path}`, { headers, method }))

  beforeEach(() => {
    forgetCachedPages()
    noteCachedPage('/de/platforms/x', page('"v1"'), renderGeneration())
  })

  it('answers 304 with the page’s headers when the tag is current, for GET and HEAD', async () => {
    for (const method of ['GET', 'HEAD']) {
      const response = run('/de/platforms/x', { 'if-none-match': 'W/"v1"' }, method)
      expect(response.status).toBe(304)
      expect(response.headers.get('etag')).toBe('"v1"')
      expect(response.headers.get('cache-control')).toBe('s-maxage=60')
      expect(response.headers.get('content-type')).toBeNull()
      expect(await response.text()).toBe('')
    }
  })

  it('passes on to Next for another tag, another page, after a publish, or in draft mode', () => {
    const passes = (response: Response) => response.headers.get('x-middleware-next') === '1'
    expect(passes(run('/de/platforms/x', { 'if-none-match': '"v0"' }))).toBe(true)
    expect(passes(run('/en/platforms/x', { 'if-none-match': '"v1"' }))).toBe(true)
    expect(
      passes(run('/de/platforms/x', { 'if-none-match': '"v1"', cookie: '__prerender_bypass=on' })),
    ).toBe(true)
    forgetCachedPages()
    expect(passes(run('/de/platforms/x', { 'if-none-match': '"v1"' }))).toBe(true)
  })
})
