import { hasContent } from '@/lib/localized'
import { fingerprint } from '@/translation/fingerprint'
import { fieldState, localeStatus, type DocumentInAllLocales } from '@/translation/status'
import { translatableFields } from '@/translation/translatableFields'

import { Platforms } from '@collections/Platforms'

const paragraph = (text: string, format = 0, extra: Record<string, unknown> = {}) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        version: 1,
        ...extra,
        children: [{ type: 'text', text, format, version: 1 }],
      },
    ],
  },
})

describe('fingerprint', () => {
  it('ignores what a reader cannot see: whitespace and Lexical bookkeeping', () => {
    expect(fingerprint(' 德国中心  落户太仓 ')).toBe(fingerprint('德国中心 落户太仓'))
    expect(fingerprint(paragraph('德国中心'))).toBe(
      fingerprint(paragraph('德国中心', 0, { direction: 'rtl', indent: 0 })),
    )
  })

  it('changes with the text and with its formatting', () => {
    expect(fingerprint('德国中心')).not.toBe(fingerprint('德国中心。'))
    expect(fingerprint(paragraph('德国中心'))).not.toBe(fingerprint(paragraph('德国中心', 1)))
  })

  it('treats empty text and empty rich text as no content', () => {
    expect(hasContent('  ')).toBe(false)
    expect(hasContent(paragraph(''))).toBe(false)
    expect(hasContent(null)).toBe(false)
    expect(hasContent(paragraph('x'))).toBe(true)
  })
})

describe('translation status of a record', () => {
  const fields = translatableFields(Platforms.fields)

  it('finds the localized text fields of a collection, required ones marked', () => {
    expect(fields).toEqual([
      { path: 'name', kind: 'text', required: true },
      { path: 'location', kind: 'text', required: false },
      { path: 'operator', kind: 'text', required: false },
      { path: 'description', kind: 'richText', required: false },
    ])
  })

  const doc = (
    de: Record<string, unknown>,
    sources: Record<string, string | null> = {},
  ): DocumentInAllLocales => ({
    id: 1,
    name: { zh: '德国中心', de: de.name },
    description: { zh: paragraph('服务型平台'), de: de.description },
    location: { zh: null },
    translationSources: { de: sources },
  })

  it('is missing while a field with source text has no translation', () => {
    const status = localeStatus(
      doc({ name: 'Deutsches Zentrum' }, { name: fingerprint('德国中心')! }),
      fields,
      'de',
    )
    expect(status.state).toBe('missing')
    expect(status.fields).toEqual({
      name: 'complete',
      location: 'empty',
      operator: 'empty',
      description: 'missing',
    })
  })

  /** The status of a German name and description translated from `sourceName` and the current description. */
  const translatedFrom = (sourceName: string) =>
    localeStatus(
      doc(
        { name: 'Deutsches Zentrum', description: paragraph('Serviceplattform') },
        { name: fingerprint(sourceName)!, description: fingerprint(paragraph('服务型平台'))! },
      ),
      fields,
      'de',
    )

  it('is outdated when the source changed after the translation was made', () => {
    expect(translatedFrom('德国中心 (旧)')).toEqual({
      state: 'outdated',
      fields: { name: 'outdated', location: 'empty', operator: 'empty', description: 'complete' },
    })
  })

  it('is complete when every field with source text is translated from the current source', () => {
    expect(translatedFrom('德国中心').state).toBe('complete')
  })

  it('counts a translation with no recorded source as outdated: nobody confirmed it matches', () => {
    expect(fieldState(doc({ name: 'Deutsches Zentrum' }), fields[0]!, 'de')).toBe('outdated')
  })
})
