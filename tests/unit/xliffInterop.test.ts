// @ts-expect-error -- the `xliff` package ships no types; it is only an independent oracle here
import * as xliffPackage from 'xliff'

import {
  type Inline,
  type PairedCode,
  parseXliff,
  type TranslationUnit,
  type UnitText,
  writeXliff,
  type XliffDocument,
} from '@/translation/xliff'

import { sampleDocument } from '../fixtures/xliff/sampleDocument'

/** The `xliff` package's model: a value is a string, an inline element object, or an array of them. */
type OracleValue = string | OracleElement | OracleValue[]
type OracleElement = Record<string, Record<string, unknown> & { contents?: OracleValue }>
type OracleUnit = {
  source?: OracleValue
  target?: OracleValue
  note?: string | string[]
  additionalAttributes?: Record<string, unknown>
}
type OracleJs = {
  sourceLanguage: string
  targetLanguage?: string
  resources: Record<string, Record<string, OracleUnit>>
}
type Oracle = {
  jsToXliff12: (js: OracleJs, options?: { indent?: string }) => Promise<string>
  xliff12ToJs: (xml: string) => Promise<OracleJs>
  jsToXliff2: (js: OracleJs, options?: { indent?: string }) => Promise<string>
  xliff2ToJs: (xml: string) => Promise<OracleJs>
}

// the package names its 2.0 functions js2xliff / xliff2js
const pkg = xliffPackage as unknown as {
  jsToXliff12: Oracle['jsToXliff12']
  xliff12ToJs: Oracle['xliff12ToJs']
  js2xliff: Oracle['jsToXliff2']
  xliff2js: Oracle['xliff2ToJs']
}
const oracle: Oracle = {
  jsToXliff12: pkg.jsToXliff12,
  xliff12ToJs: pkg.xliff12ToJs,
  jsToXliff2: pkg.js2xliff,
  xliff2ToJs: pkg.xliff2js,
}

// What the oracle's attributes mean, written out here independently of the library's tables.
const fromCtype: Record<string, string> = {
  bold: 'bold',
  italic: 'italic',
  underlined: 'underline',
  'x-strikethrough': 'strikethrough',
  'x-code': 'code',
  link: 'link',
  'x-sub': 'sub',
  'x-sup': 'sup',
}
const fromSubType: Record<string, string> = {
  'xlf:b': 'bold',
  'xlf:i': 'italic',
  'xlf:u': 'underline',
  'cms:strikethrough': 'strikethrough',
  'cms:code': 'code',
  'cms:sub': 'sub',
  'cms:sup': 'sup',
}

/** The oracle's reading of a source or target, in our model. */
function toUnitText(value: OracleValue | undefined): UnitText {
  if (value === undefined) return []
  if (typeof value === 'string') return value === '' ? [] : [value]
  if (Array.isArray(value)) return merge(value.flatMap(toUnitText))
  const [kind, element] = Object.entries(value)[0] as [string, Record<string, unknown>]
  if (kind === 'Standalone') return [{ code: 'br' }]
  const code = (
    element.type === 'link'
      ? 'link'
      : (fromCtype[String(element.ctype)] ?? fromSubType[String(element.subType)])
  ) as PairedCode
  const href = element['xhtml:href']
  const children = toUnitText(element.contents as OracleValue)
  return [typeof href === 'string' ? { code, href, children } : { code, children }]
}

function merge(items: Inline[]): Inline[] {
  return items.reduce<Inline[]>((out, item) => {
    const last = out[out.length - 1]
    if (typeof item === 'string' && typeof last === 'string') out[out.length - 1] = last + item
    else out.push(item)
    return out
  }, [])
}

const notesOf = (unit: OracleUnit) => (unit.note === undefined ? [] : [unit.note].flat())

/** 2.0 keeps link URLs in <originalData>, which the oracle does not read. */
function withoutHrefs(text: UnitText | null): UnitText | null {
  return (
    text?.map((item) =>
      typeof item === 'string' || item.code === 'br'
        ? item
        : { code: item.code, children: withoutHrefs(item.children) ?? [] },
    ) ?? null
  )
}

describe('our XLIFF read by the `xliff` package', () => {
  it('1.2: same languages, units, sources, targets and notes', async () => {
    const doc = sampleDocument('1.2')
    const js = await oracle.xliff12ToJs(writeXliff(doc))
    expect(js.sourceLanguage).toBe('zh-Hans-CN')
    expect(js.targetLanguage).toBe('de-DE')
    const units = js.resources['taicang-cms/events'] ?? {}
    expect(Object.keys(units)).toEqual(doc.units.map((unit) => unit.id))
    for (const unit of doc.units) {
      const read = units[unit.id] as OracleUnit
      expect(toUnitText(read.source)).toEqual(unit.source)
      expect(
        read.target === undefined || read.target === '' ? null : toUnitText(read.target),
      ).toEqual(unit.target)
      const glossaryNotes = (doc.glossary?.[unit.id] ?? []).map((entry) =>
        expect.stringContaining(entry.term),
      )
      expect(notesOf(read)).toEqual([...(unit.notes ?? []), ...glossaryNotes])
      expect(read.additionalAttributes).toMatchObject({ resname: unit.fieldPath })
    }
  })

  it('2.0: same languages, units, sources, targets and notes', async () => {
    const doc = sampleDocument('2.0')
    const js = await oracle.xliff2ToJs(writeXliff(doc))
    expect([js.sourceLanguage, js.targetLanguage]).toEqual(['zh-Hans-CN', 'de-DE'])
    const units = js.resources.f1 ?? {}
    // ids are NMTOKENs in 2.0; the escaping is readable and reversible
    expect(Object.keys(units)).toEqual([
      'events_2f_12_2f_title',
      'events_2f_12_2f_body_23_0',
      'events_2f_12_2f_summary',
      'events_2f_12_2f_body_23_1.0',
      'pages_2f_3_2f_intro',
    ])
    for (const [index, unit] of doc.units.entries()) {
      const read = Object.values(units)[index] as OracleUnit
      expect(toUnitText(read.source)).toEqual(withoutHrefs(unit.source))
      expect(read.target === undefined ? null : toUnitText(read.target)).toEqual(
        withoutHrefs(unit.target),
      )
      expect(notesOf(read)).toEqual(unit.notes ?? [])
      expect(read.additionalAttributes).toMatchObject({ name: unit.fieldPath })
    }
  })
})

describe('XLIFF written by the `xliff` package, read by us', () => {
  const units: { unit: TranslationUnit; source: OracleValue; target: OracleValue }[] = [
    {
      unit: {
        id: 'events/12/title',
        collection: 'events',
        docId: '12',
        fieldPath: 'title',
        sourceFingerprint: '9f86d081884c7d65',
        source: ['太仓 & "德国" <中心>'],
        target: ['Taicang & „Deutschland“ <Zentrum> – Straße'],
        notes: ['kurz halten', 'Größe beachten'],
        maxLength: 40,
      },
      source: '太仓 & "德国" <中心>',
      target: 'Taicang & „Deutschland“ <Zentrum> – Straße',
    },
    {
      unit: {
        id: 'events/12/body#0',
        collection: 'events',
        docId: '12',
        fieldPath: 'body',
        sourceFingerprint: '0a1b2c3d4e5f6071',
        source: ['欢迎', { code: 'bold', children: ['参加'] }, { code: 'br' }, '谢谢'],
        target: [
          'Willkommen ',
          { code: 'bold', children: ['zur Teilnahme'] },
          { code: 'br' },
          'Danke',
        ],
      },
      source: [
        '欢迎',
        { GenericSpan: { id: '1', ctype: 'bold', contents: '参加' } },
        { Standalone: { id: '2', ctype: 'lb' } },
        '谢谢',
      ],
      target: [
        'Willkommen ',
        { GenericSpan: { id: '1', ctype: 'bold', contents: 'zur Teilnahme' } },
        { Standalone: { id: '2', ctype: 'lb' } },
        'Danke',
      ],
    },
  ]

  it('1.2: the record comes back from resname and extradata', async () => {
    const js: OracleJs = {
      sourceLanguage: 'zh-Hans-CN',
      targetLanguage: 'de-DE',
      resources: {
        cms: Object.fromEntries(
          units.map(({ unit, source, target }) => [
            unit.id,
            {
              source,
              target,
              ...(unit.notes ? { note: unit.notes } : {}),
              additionalAttributes: {
                resname: unit.fieldPath,
                extradata: `collection=${unit.collection} docId=${unit.docId} fingerprint=${unit.sourceFingerprint}`,
                ...(unit.maxLength ? { maxwidth: unit.maxLength, 'size-unit': 'char' } : {}),
              },
            },
          ]),
        ),
      },
    }
    // compact: the package's pretty printer adds line breaks inside mixed content, changing the text
    const doc = parseXliff(await oracle.jsToXliff12(js, { indent: '' }))
    expect(doc).toEqual<XliffDocument>({
      version: '1.2',
      sourceLanguage: 'zh-Hans-CN',
      targetLanguage: 'de-DE',
      original: 'cms',
      units: units.map(({ unit }) => unit),
    })
  })

  it('1.2 pretty-printed: layout whitespace around plain units is not taken for text', async () => {
    const [first] = units
    const js: OracleJs = {
      sourceLanguage: 'zh-Hans-CN',
      targetLanguage: 'de-DE',
      resources: { cms: { [first!.unit.id]: { source: first!.source, target: first!.target } } },
    }
    const doc = parseXliff(await oracle.jsToXliff12(js))
    expect(doc.units[0]?.source).toEqual(first!.unit.source)
    expect(doc.units[0]?.target).toEqual(first!.unit.target)
  })

  it('2.0: sources, targets, codes, notes, name and size restriction come back', async () => {
    const js: OracleJs = {
      sourceLanguage: 'zh-Hans-CN',
      targetLanguage: 'de-DE',
      resources: {
        f1: {
          'events/12/body#0': {
            source: [
              '欢迎',
              { Span: { id: '1', type: 'fmt', subType: 'xlf:b', contents: '参加' } },
              { Standalone: { id: '2', type: 'fmt', subType: 'xlf:lb' } },
              { Span: { id: '3', type: 'link', contents: '网站' } },
            ],
            target: [
              { Span: { id: '3', type: 'link', contents: 'Website' } },
              ' Willkommen ',
              { Span: { id: '1', type: 'fmt', subType: 'xlf:b', contents: 'zur Messe' } },
              { Standalone: { id: '2', type: 'fmt', subType: 'xlf:lb' } },
            ],
            note: ['Hinweis & Kontext'],
            additionalAttributes: { name: 'body', sizeRestriction: 120 },
          },
        },
      },
    }
    const doc = parseXliff(await oracle.jsToXliff2(js, { indent: '' }))
    expect(doc).toEqual<XliffDocument>({
      version: '2.0',
      sourceLanguage: 'zh-Hans-CN',
      targetLanguage: 'de-DE',
      units: [
        {
          id: 'events/12/body#0',
          // the package cannot write the Metadata module, so the record is unknown
          collection: '',
          docId: '',
          sourceFingerprint: '',
          fieldPath: 'body',
          source: [
            '欢迎',
            { code: 'bold', children: ['参加'] },
            { code: 'br' },
            { code: 'link', children: ['网站'] },
          ],
          target: [
            { code: 'link', children: ['Website'] },
            ' Willkommen ',
            { code: 'bold', children: ['zur Messe'] },
            { code: 'br' },
          ],
          notes: ['Hinweis & Kontext'],
          maxLength: 120,
        },
      ],
    })
  })
})
