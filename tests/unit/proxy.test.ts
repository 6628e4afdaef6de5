import fs from 'node:fs'

import { locales } from '@/i18n/locales'

describe('the proxy’s matchers', () => {
  // Next reads matchers as literals at build time, so they repeat the locale codes; keep them in step.
  it('name exactly the locales of src/i18n/locales.ts', () => {
    const source = fs.readFileSync('src/proxy.ts', 'utf8')
    const matcher = source.slice(source.indexOf('export const config'))
    const lists = [
      ...matcher.matchAll(/\(\?:([a-z|-]+)\)\(\?:\/\|\$\)|:locale\(([a-z|-]+)\)/g),
    ].map((match) => (match[1] ?? match[2])!.split('|'))
    expect(lists).toHaveLength(2)
    for (const list of lists) expect(list.sort()).toEqual([...locales].sort())
  })
})
