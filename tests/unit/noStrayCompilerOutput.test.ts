import { execFileSync } from 'node:child_process'

/**
 * A compiled `X.js` beside `X.ts` is resolved first by bundlers and some resolvers, so it would
 * silently run an old copy of the source. None may be tracked.
 */
it('no tracked X.js sits beside an X.ts or X.tsx', () => {
  const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean)
  const sources = new Set(
    files.filter((file) => /\.tsx?$/.test(file)).map((file) => file.replace(/\.tsx?$/, '')),
  )
  const stray = files.filter((file) => file.endsWith('.js') && sources.has(file.slice(0, -3)))
  expect(stray).toEqual([])
})
