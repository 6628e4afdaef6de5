import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import {
  applyUnitsToRichText,
  parseXliff,
  richTextToUnits,
  textToUnit,
  type TranslationUnit,
  type UnitText,
  unitToText,
  writeXliff,
  XliffError,
  type XliffVersion,
} from '@/translation/xliff'

// Serialized Lexical nodes as Payload's editor stores them.
type Node = Record<string, unknown>
const BOLD = 1
const ITALIC = 2
const UNDERLINE = 8
const HIGHLIGHT = 128
const text = (value: string, format = 0, style = ''): Node => ({
  type: 'text',
  version: 1,
  detail: 0,
  format,
  mode: 'normal',
  style,
  text: value,
})
const element = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...extra,
  children,
})
const paragraph = (...children: Node[]) =>
  element('paragraph', children, { textFormat: 0, textStyle: '' })
const heading = (tag: string, ...children: Node[]) => element('heading', children, { tag })
const linebreak: Node = { type: 'linebreak', version: 1 }
const link = (url: string, ...children: Node[]) =>
  element('link', children, {
    version: 3,
    id: `link-${url.length}`,
    fields: { url, newTab: true, linkType: 'custom' },
  })
const internalLink = (...children: Node[]) =>
  element('link', children, {
    version: 3,
    id: 'link-internal',
    fields: {
      linkType: 'internal',
      newTab: false,
      doc: { relationTo: 'events', value: { id: 12, title: '招聘会' } },
    },
  })
const list = (...items: Node[]) =>
  element('list', items, { listType: 'bullet', tag: 'ul', start: 1 })
const item = (value: number, ...children: Node[]) => element('listitem', children, { value })
const upload: Node = {
  type: 'upload',
  version: 3,
  relationTo: 'media',
  value: 5,
  fields: null,
  id: 'u1',
  format: '',
}
const state = (...children: Node[]) =>
  ({ root: element('root', children) }) as unknown as SerializedEditorState

const source = state(
  heading('h2', text('太仓德企招聘会')),
  paragraph(
    text('欢迎参加'),
    text('招聘会', BOLD),
    text('（免费）', BOLD | ITALIC),
    text('。'),
    linebreak,
    text('详情见'),
    link('https://example.com/jobs?a=1&b=2', text('官网')),
    text('，或'),
    internalLink(text('活动页', BOLD)),
    text('。'),
  ),
  paragraph(),
  upload,
  list(
    item(1, text('第一项')),
    item(2, text('第二项', UNDERLINE)),
    item(3, list(item(1, text('子项')))),
  ),
  element('quote', [text('引用', ITALIC | HIGHLIGHT, 'color: red')]),
  paragraph(text('  ')),
)

const german: Record<string, string> = {
  太仓德企招聘会: 'Jobmesse deutscher Firmen in Taicang',
  欢迎参加: 'Willkommen zur ',
  招聘会: 'Jobmesse',
  '（免费）': ' (kostenlos)',
  '。': '.',
  详情见: 'Details & Infos auf der ',
  官网: 'Website',
  '，或': ' oder der ',
  活动页: 'Veranstaltungsseite',
  第一项: 'Erster Punkt',
  第二项: 'Zweiter Punkt – Größe',
  子项: 'Unterpunkt <a>',
  引用: 'Zitat „Straße“',
}

/** The source with every text node translated: what the import must produce. */
function translated(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(translated)
  if (typeof node !== 'object' || node === null) return node
  const out = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, translated(value)]),
  )
  return 'text' in out && typeof out.text === 'string' && out.text.trim() !== ''
    ? { ...out, text: german[out.text] }
    : out
}

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const chinese = new RegExp(
  Object.keys(german)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
)

/** What a translator in a CAT tool does: copy the source with its tags, translate the text, confirm. */
function translateInCatTool(xml: string, version: XliffVersion): string {
  const translate = (inner: string) =>
    inner.replace(chinese, (match) => escapeXml(german[match] ?? match))
  return version === '1.2'
    ? xml.replace(
        /<source>(.*)<\/source>\n(\s*)<target state="needs-translation"\/>/g,
        (_, inner: string, indent: string) =>
          `<source>${inner}</source>\n${indent}<target state="translated">${translate(inner)}</target>`,
      )
    : xml.replace(
        /<segment state="initial">\n(\s*)<source>(.*)<\/source>/g,
        (_, indent: string, inner: string) =>
          `<segment state="translated">\n${indent}<source>${inner}</source>\n${indent}<target>${translate(inner)}</target>`,
      )
}

describe('rich text ⇄ units', () => {
  it('makes one unit per block with text, addressed by position', () => {
    const units = richTextToUnits(source)
    // #4.2.0.0: list #4, its third item, the nested list in it, that list's first item
    expect(units.map((unit) => unit.path)).toEqual(['#0', '#1', '#4.0', '#4.1', '#4.2.0.0', '#5'])
    expect(units[1]?.text).toEqual([
      '欢迎参加',
      { code: 'bold', children: ['招聘会', { code: 'italic', children: ['（免费）'] }] },
      '。',
      { code: 'br' },
      '详情见',
      { code: 'link', href: 'https://example.com/jobs?a=1&b=2', children: ['官网'] },
      '，或',
      {
        code: 'link',
        href: 'internal:events/12',
        children: [{ code: 'bold', children: ['活动页'] }],
      },
      '。',
    ])
    expect(units[5]?.text).toEqual([{ code: 'italic', children: ['引用'] }])
  })

  it.each(['1.2', '2.0'] as const)(
    'survives export → translation in a CAT tool → import as XLIFF %s: same structure, same formats, translated text',
    (version) => {
      const units: TranslationUnit[] = richTextToUnits(source).map(({ path, text: unitText }) => ({
        id: `events/12/body${path}`,
        collection: 'events',
        docId: '12',
        fieldPath: 'body',
        sourceFingerprint: '0a1b2c3d4e5f6071',
        source: unitText,
        target: null,
        state: 'new',
      }))
      const exported = writeXliff({
        version,
        sourceLanguage: 'zh-Hans-CN',
        targetLanguage: 'de-DE',
        units,
      })
      const returned = parseXliff(translateInCatTool(exported, version))
      expect(returned.units.every((unit) => unit.state === 'translated')).toBe(true)
      const translations = new Map(
        returned.units.map((unit) => [unit.id.replace('events/12/body', ''), unit.target ?? []]),
      )
      expect(applyUnitsToRichText(source, translations)).toEqual(translated(source))
    },
  )

  it('follows the translation where German moves the formatting, keeping link fields and text settings', () => {
    const translations = new Map<string, UnitText>(
      richTextToUnits(source).map(({ path }) => [path, [`Übersetzung ${path}`]]),
    )
    translations.set('#1', [
      {
        code: 'link',
        href: 'internal:events/12',
        children: [{ code: 'bold', children: ['Veranstaltungsseite'] }],
      },
      ' oder ',
      { code: 'link', href: 'https://example.com/jobs?a=1&b=2', children: ['Website'] },
      { code: 'br' },
      { code: 'bold', children: [{ code: 'italic', children: ['Kostenlose'] }, ' Jobmesse'] },
    ])
    translations.set('#4.1', [{ code: 'underline', children: ['Zweiter'] }, ' Punkt'])
    translations.set('#5', [{ code: 'italic', children: ['Zitat'] }])
    const result = applyUnitsToRichText(source, translations) as unknown as {
      root: { children: Node[] }
    }
    const [, body, , , bullets, quote] = result.root.children
    expect(body?.children).toEqual([
      internalLink(text('Veranstaltungsseite', BOLD)),
      text(' oder '),
      link('https://example.com/jobs?a=1&b=2', text('Website')),
      linebreak,
      text('Kostenlose', BOLD | ITALIC),
      text(' Jobmesse', BOLD),
    ])
    expect((bullets?.children as Node[])[1]?.children).toEqual([
      text('Zweiter', UNDERLINE),
      text(' Punkt'),
    ])
    // highlight and colour have no XLIFF code; they come back from the source text node
    expect(quote?.children).toEqual([text('Zitat', ITALIC | HIGHLIGHT, 'color: red')])
  })

  it('keeps bold across a line break as one code and rebuilds the same nodes', () => {
    const boldLines = state(paragraph(text('第一行', BOLD), linebreak, text('第二行', BOLD)))
    expect(richTextToUnits(boldLines)).toEqual([
      { path: '#0', text: [{ code: 'bold', children: ['第一行', { code: 'br' }, '第二行'] }] },
    ])
    const result = applyUnitsToRichText(
      boldLines,
      new Map([
        ['#0', [{ code: 'bold', children: ['Zeile 1', { code: 'br' }, 'Zeile 2'] }] as UnitText],
      ]),
    )
    expect(result).toEqual(
      state(paragraph(text('Zeile 1', BOLD), linebreak, text('Zeile 2', BOLD))),
    )
  })

  it('refuses translations that lose or add codes, or miss a block', () => {
    const full = new Map<string, UnitText>(
      richTextToUnits(source).map(({ path, text: unitText }) => [path, unitText]),
    )
    const attempt = (changes: [string, UnitText | null][]) => {
      const translations = new Map(full)
      for (const [path, value] of changes) {
        if (value === null) translations.delete(path)
        else translations.set(path, value)
      }
      return () => applyUnitsToRichText(source, translations)
    }
    expect(attempt([['#4.0', null]])).toThrow(
      new XliffError('Rich text block #4.0 has no translation.'),
    )
    expect(attempt([['#4.1', ['Zweiter Punkt']]])).toThrow(
      'The translation of rich text block #4.1 is missing underline formatting that the source has. Put the tag back in the CAT tool.',
    )
    expect(attempt([['#4.0', [{ code: 'bold', children: ['Erster'] }]]])).toThrow(
      'The translation of rich text block #4.0 has bold formatting that the source does not have.',
    )
    expect(attempt([['#9', ['?']]])).toThrow(
      /translation for rich text block #9, but the source has no such block/,
    )
    expect(attempt([['#0', ['  ']]])).toThrow('The translation of rich text block #0 is empty.')
  })

  it('refuses to export inline content that has no XLIFF form', () => {
    const inlineBlock = state(
      paragraph(text('价格'), { type: 'inlineBlock', version: 1, fields: { blockType: 'price' } }),
    )
    expect(() => richTextToUnits(inlineBlock)).toThrow(
      'Rich text block #0 contains a "inlineBlock" element inside its text, which cannot be sent for translation.',
    )
  })
})

describe('plain text ⇄ unit', () => {
  it('turns line breaks into br codes and back', () => {
    expect(textToUnit('第一行\n第二行\r\n\n第四行 & <x>')).toEqual([
      '第一行',
      { code: 'br' },
      '第二行',
      { code: 'br' },
      { code: 'br' },
      '第四行 & <x>',
    ])
    expect(unitToText(textToUnit('Zeile 1\nZeile 2 – Größe'))).toBe('Zeile 1\nZeile 2 – Größe')
    expect(textToUnit('')).toEqual([])
  })

  it('refuses formatting in a plain-text field, naming the unit', () => {
    expect(() =>
      unitToText(['Jobmesse ', { code: 'bold', children: ['Taicang'] }], 'events/12/title'),
    ).toThrow(
      'Unit "events/12/title": this field is plain text, so the translation cannot contain bold formatting. Remove the tag in the CAT tool and export again.',
    )
  })
})
