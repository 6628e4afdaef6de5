import fs from 'node:fs'
import path from 'node:path'

import { locales } from '@/i18n/locales'
import { getT, namespaces } from '@/i18n/server'

const dir = path.resolve('locales')
const read = (locale: string, ns: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, locale, `${ns}.json`), 'utf8'))

/** Keys with plural suffixes folded: Chinese has only `_other`, German and English `_one` too. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null)
    return [prefix.replace(/_(zero|one|two|few|many|other)$/, '')]
  return [
    ...new Set(
      Object.entries(value).flatMap(([key, child]) =>
        keys(child, prefix ? `${prefix}.${key}` : key),
      ),
    ),
  ]
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  return typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : []
}

describe('UI strings', () => {
  it('has one file per namespace in every locale and nothing else', () => {
    for (const locale of locales) {
      expect(fs.readdirSync(path.join(dir, locale)).sort()).toEqual(
        namespaces.map((ns) => `${ns}.json`).sort(),
      )
    }
  })

  it('has the same keys in every locale', () => {
    for (const ns of namespaces) {
      const source = keys(read('zh', ns)).sort()
      for (const locale of locales)
        expect({ ns, locale, keys: keys(read(locale, ns)).sort() }).toEqual({
          ns,
          locale,
          keys: source,
        })
    }
  })

  it('has no empty or placeholder strings', () => {
    for (const locale of locales) {
      for (const ns of namespaces) {
        for (const text of strings(read(locale, ns))) {
          expect(text.trim()).not.toBe('')
          expect(text).not.toMatch(/lorem|ipsum|TODO|TBD|xxx/i)
        }
      }
    }
  })

  it('loads a namespace through getT with plurals per language', async () => {
    const de = await getT('de', 'events')
    expect(de('count', { count: 1 })).toBe('1 Veranstaltung')
    expect(de('count', { count: 3 })).toBe('3 Veranstaltungen')
    const zh = await getT('zh', 'events')
    expect(zh('count', { count: 3 })).toBe('共3项活动')
    const en = await getT('en', 'common')
    expect(en('fallback.notice', { languages: 'German' })).toBe(
      'Parts of this page are not yet available in English and are shown in German.',
    )
  })
})
