import fs from 'node:fs'

import { NextRequest } from 'next/server'

import { locales } from '@/i18n/locales'
import { proxy } from '@/proxy'

describe('the proxy’s matchers', () => {
  // Next reads matchers as literals at build time, so they repeat the locale codes; keep them in step.
  it('name exactly the locales of src/i18n/locales.ts', () => {
    const source = fs.readFileSync('src/proxy.ts', 'utf8')
    const matcher = source.slice(source.indexOf('export const config'))
    const lists = [
      ...matcher.matchAll(/\(\?:([a-z|-]+)\)\(\?:\/\|\$\)|:locale\(([a-z|-]+)\)/g),
    ].map((match) => (match[1] ?? match[2])!.split('|'))
    expect(lists).toHaveLength(4)
    for (const list of lists) expect(list.sort()).toEqual([...locales].sort())
  })
})

describe('the proxy and malformed percent escapes (issue #12)', () => {
  const run = (path: string, headers: Record<string, string> = {}) =>
    proxy(new NextRequest(`http://localhost:3000${path}`, { headers }))

  it('answers a page path that cannot be decoded with the 404 page of its locale', () => {
    for (const [path, locale] of [
      ['/zh/events/%E0%A4%A', 'zh'],
      ['/de/events/%E0%A4%A/event.ics', 'de'],
      ['/en/%ZZ', 'en'],
    ] as const) {
      const rewrite = run(path).headers.get('x-middleware-rewrite')
      expect({ path, rewrite: rewrite && new URL(rewrite).pathname }).toEqual({
        path,
        rewrite: `/${locale}/_/not-found`,
      })
    }
    const outside = run('/%E0%A4%A', { 'accept-language': 'de' }).headers.get(
      'x-middleware-rewrite',
    )
    expect(new URL(outside!).pathname).toBe('/de/_/not-found')
  })

  it('answers an API or admin path that cannot be decoded with 400 saying so', async () => {
    for (const path of ['/api/events/%E0%A4%A', '/admin/collections/%E0%A4%A']) {
      const response = run(path)
      expect({ path, status: response.status }).toEqual({ path, status: 400 })
      expect(JSON.stringify(await response.json())).toMatch(/malformed percent escape/)
    }
  })

  it('lets a well-formed escape through untouched', () => {
    for (const path of [
      '/zh/search/%E5%BE%B7',
      '/api/media/file/a%20b.png',
      '/admin/collections/events%2F1',
    ]) {
      const response = run(path)
      expect({ path, next: response.headers.get('x-middleware-next') }).toEqual({ path, next: '1' })
      expect(response.headers.get('location')).toBeNull()
    }
  })
})
