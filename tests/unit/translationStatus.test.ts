import { hasContent } from '@/lib/localized'
import { fingerprint, isPrintOf, sourcePrint } from '@/translation/fingerprint'
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

describe('sourcePrint: what a translation records of its source', () => {
  const linked = (url: string) => ({
    root: {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'link', fields: { url }, children: [{ type: 'text', text: '德国中心' }] },
          ],
        },
      ],
    },
  })
  const twoParagraphs = (first: string, second: string) => ({
    root: {
      type: 'root',
      children: [first, second].map((text) => paragraph(text).root.children[0]),
    },
  })

  it('ignores formatting and white space: a bold word or a re-wrapped line is the same source', () => {
    expect(sourcePrint(paragraph('德国中心'))).toBe(sourcePrint(paragraph('德国中心', 1)))
    expect(sourcePrint(' 德国中心\n落户太仓 ')).toBe(sourcePrint('德国中心 落户太仓'))
  })

  it('changes with a word, a link target or a paragraph break', () => {
    expect(sourcePrint(paragraph('德国中心'))).not.toBe(sourcePrint(paragraph('德国中心。')))
    expect(sourcePrint(linked('https://a.example'))).not.toBe(
      sourcePrint(linked('https://b.example')),
    )
    expect(sourcePrint(twoParagraphs('德国', '中心'))).not.toBe(sourcePrint(paragraph('德国中心')))
  })

  it('still recognises the formatting-sensitive prints recorded before it', () => {
    expect(isPrintOf(fingerprint(paragraph('德国中心', 1)), paragraph('德国中心', 1))).toBe(true)
    expect(isPrintOf(sourcePrint(paragraph('德国中心')), paragraph('德国中心', 1))).toBe(true)
    expect(isPrintOf(sourcePrint('德国中心'), '德国中心。')).toBe(false)
    expect(isPrintOf(undefined, '德国中心')).toBe(false)
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

  it('stays complete when only the formatting of the source changed', () => {
    const made = doc(
      { name: 'Deutsches Zentrum', description: paragraph('Serviceplattform') },
      { name: sourcePrint('德国中心')!, description: sourcePrint(paragraph('服务型平台'))! },
    )
    const bolder = {
      ...made,
      description: { ...(made.description as object), zh: paragraph('服务型平台', 1) },
    }
    expect(localeStatus(bolder, fields, 'de').state).toBe('complete')
    const reworded = {
      ...made,
      description: { ...(made.description as object), zh: paragraph('服务平台') },
    }
    expect(localeStatus(reworded, fields, 'de').fields.description).toBe('outdated')
  })

  it('counts a translation with no recorded source as outdated: nobody confirmed it matches', () => {
    expect(fieldState(doc({ name: 'Deutsches Zentrum' }), fields[0]!, 'de')).toBe('outdated')
  })
})
