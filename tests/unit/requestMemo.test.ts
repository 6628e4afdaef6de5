import { createRequire } from 'node:module'
import path from 'node:path'

import { inRequestScope, perRequest } from '@/lib/requestMemo'

// React as the server bundles see it (the `react-server` condition), loaded by file: jest itself
// resolves the client build, whose cache() is a plain pass-through anyway.
const require = createRequire(import.meta.url)
const reactServer = require(
  path.join(
    path.dirname(require.resolve('react/package.json')),
    'cjs/react.react-server.production.js',
  ),
) as typeof import('react')

function counted() {
  const calls: string[] = []
  const read = async (locale: string) => {
    calls.push(locale)
    return { locale }
  }
  return { calls, read }
}

describe('per-request memoisation of the page reads', () => {
  it("React's cache() calls through outside a Server Components render, as in the page route handlers", async () => {
    const { calls, read } = counted()
    const cached = reactServer.cache(read)
    await cached('de')
    await cached('de')
    expect(calls).toEqual(['de', 'de'])
  })

  it('answers repeated asks within one request from the first', async () => {
    const { calls, read } = counted()
    const memo = perRequest(read)
    await inRequestScope(async () => {
      const [a, b] = await Promise.all([memo('de'), memo('de')])
      expect(a).toBe(b)
      await memo('en')
      await memo('de')
    })
    expect(calls).toEqual(['de', 'en'])
  })

  it('reads afresh for the next request, and calls through outside any request', async () => {
    const { calls, read } = counted()
    const memo = perRequest(read)
    await inRequestScope(() => memo('de'))
    await inRequestScope(() => memo('de'))
    await memo('de')
    await memo('de')
    expect(calls).toEqual(['de', 'de', 'de', 'de'])
  })

  it('does not remember a failed read', async () => {
    let attempts = 0
    const memo = perRequest(async () => {
      attempts += 1
      if (attempts === 1) throw new Error('database away')
      return 'ok'
    })
    await inRequestScope(async () => {
      await expect(memo()).rejects.toThrow('database away')
      await expect(memo()).resolves.toBe('ok')
    })
    expect(attempts).toBe(2)
  })
})
