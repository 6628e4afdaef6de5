import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { parseXliff, type TranslationUnit } from '@/translation/xliff'

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/xliff', name))

const record = (fieldPath: string, sourceFingerprint: string) => ({
  collection: 'events',
  docId: '12',
  fieldPath,
  sourceFingerprint,
})

describe('XLIFF 1.2 as Trados and memoQ return it', () => {
  const doc = parseXliff(fixture('cat-tool-1.2.xlf'))
  const unit = (id: string) => doc.units.find((candidate) => candidate.id === id)

  it('reads the languages and every unit, inside groups or not', () => {
    expect(doc).toMatchObject({
      version: '1.2',
      sourceLanguage: 'zh-Hans-CN',
      targetLanguage: 'de-DE',
      original: 'cms',
    })
    expect(doc.units.map((candidate) => candidate.id)).toEqual([
      'events/12/title',
      'events/12/body#0',
      'events/12/body#1',
      'events/12/summary',
      'pages/3/intro',
    ])
  })

  it('takes the target out of its <mrk mtype="seg"> segments, ignoring <seg-source> and <alt-trans>', () => {
    expect(unit('events/12/title')).toEqual<TranslationUnit>({
      id: 'events/12/title',
      ...record('title', '9f86d081884c7d65'),
      source: ['太仓德资企业招聘会'],
      target: ['Jobmesse deutscher Unternehmen in Taicang'],
      state: 'translated',
      notes: ['Titel möglichst kurz halten'],
      maxLength: 80,
    })
  })

  it('joins pretty-printed segments and gives tags copied without attributes their source meaning', () => {
    expect(unit('events/12/body#0')).toEqual<TranslationUnit>({
      id: 'events/12/body#0',
      ...record('body', '0a1b2c3d4e5f6071'),
      source: [
        '欢迎参加',
        { code: 'bold', children: ['招聘会'] },
        '。详情见',
        { code: 'link', href: 'https://example.com/jobs?a=1&b=2', children: ['网站'] },
        '。',
        { code: 'br' },
        '谢谢！',
      ],
      target: [
        'Willkommen zur ',
        { code: 'bold', children: ['Jobmesse'] },
        '. Mehr auf der ',
        { code: 'link', href: 'https://example.com/jobs?a=1&b=2', children: ['Website'] },
        '.',
        { code: 'br' },
        'Danke!',
      ],
      state: 'translated',
      notes: ['Bitte "Jobmesse" statt "Karrieremesse" verwenden.'],
    })
  })

  it('reads <bx>/<ex> and <bpt>/<ept> tags and treats approved="yes" as final', () => {
    expect(unit('events/12/body#1')).toMatchObject({
      source: [
        { code: 'italic', children: ['合作'] },
        '与',
        { code: 'underline', children: ['交流'] },
      ],
      target: [
        { code: 'italic', children: ['Zusammenarbeit'] },
        ' und ',
        { code: 'underline', children: ['Austausch'] },
      ],
      state: 'final',
    })
  })

  it('maps review states and reads an empty target as untranslated', () => {
    expect(unit('events/12/summary')).toMatchObject({
      source: ['价格 < 100 & “特价”'],
      target: ['Preis < 100 & „Sonderpreis“ – Größe, Straße'],
      state: 'needs-review',
    })
    expect(unit('pages/3/intro')).toMatchObject({
      target: null,
      state: 'new',
      collection: 'pages',
      docId: '3',
    })
  })

  it('reads the same file with a BOM, CRLF line ends, as UTF-16 and with a namespace prefix', () => {
    const text = fixture('cat-tool-1.2.xlf').toString('utf8')
    const crlf = `\uFEFF${text.replace(/\n/g, '\r\n')}`
    expect(parseXliff(Buffer.from(crlf, 'utf8'))).toEqual(doc)
    expect(parseXliff(crlf)).toEqual(doc)
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(text.replace('encoding="utf-8"', 'encoding="utf-16"'), 'utf16le'),
    ])
    expect(parseXliff(utf16)).toEqual(doc)
    const prefixed = text
      .replace(
        'xmlns="urn:oasis:names:tc:xliff:document:1.2"',
        'xmlns:x="urn:oasis:names:tc:xliff:document:1.2"',
      )
      .replace(
        /<(\/?)(xliff|file|header|tool|body|group|trans-unit|source|seg-source|target|note|alt-trans|mrk|g|x|bx|ex|bpt|ept)([\s>/])/g,
        '<$1x:$2$3',
      )
    expect(prefixed).toContain('<x:trans-unit')
    expect(parseXliff(prefixed)).toEqual(doc)
  })

  it('keeps whitespace exactly where xml:space="preserve" says so', () => {
    const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
      <file original="cms" source-language="zh" target-language="de" datatype="plaintext"><body>
        <trans-unit id="a" xml:space="preserve"><source>  两个  空格 </source><target>  zwei  Leerzeichen </target></trans-unit>
        <trans-unit id="b"><source>
          两个  空格
        </source><target>  zwei
          Leerzeichen </target></trans-unit>
        <trans-unit id="c"><source>
          第一行 <x id="1" ctype="lb"/> 第二行 </source></trans-unit>
      </body></file></xliff>`
    const [preserved, collapsed, lineBreak] = parseXliff(xml).units
    expect([preserved?.source, preserved?.target]).toEqual([
      ['  两个  空格 '],
      ['  zwei  Leerzeichen '],
    ])
    expect([collapsed?.source, collapsed?.target]).toEqual([['两个 空格'], ['zwei Leerzeichen']])
    // only the ends of the unit are layout; a space next to a line break is text
    expect(lineBreak?.source).toEqual(['第一行 ', { code: 'br' }, ' 第二行'])
  })
})

describe('XLIFF 2.0 with segments and ignorables', () => {
  const doc = parseXliff(fixture('segmented-2.0.xlf'))

  it('joins segments and ignorables in order, URL from <originalData>, least finished state', () => {
    expect(doc).toMatchObject({
      version: '2.0',
      sourceLanguage: 'zh-Hans-CN',
      targetLanguage: 'en',
      original: 'taicang-cms/events',
    })
    expect(doc.units[0]).toEqual<TranslationUnit>({
      id: 'events/12/body#0',
      ...record('body', '0a1b2c3d4e5f6071'),
      source: [
        '欢迎参加',
        { code: 'bold', children: ['招聘会'] },
        '。 详情见',
        { code: 'link', href: 'https://example.com/jobs?a=1&b=2', children: ['网站'] },
        '。',
      ],
      target: [
        'Welcome to the ',
        { code: 'bold', children: ['job fair'] },
        '. Details are on the ',
        { code: 'link', href: 'https://example.com/jobs?a=1&b=2', children: ['website'] },
        '.',
      ],
      state: 'translated',
      notes: ['Checked against the glossary.'],
    })
  })

  it('rebuilds a code split into <sc>/<ec> across segments', () => {
    expect(doc.units[1]).toMatchObject({
      source: [{ code: 'italic', children: ['第一句。 第二句。'] }],
      target: [{ code: 'italic', children: ['First sentence. Second sentence.'] }],
      state: 'translated',
    })
  })

  it('treats a unit with an untranslated segment as untranslated', () => {
    expect(doc.units[2]).toEqual<TranslationUnit>({
      id: 'events/12/title',
      collection: '',
      docId: '',
      fieldPath: 'title',
      sourceFingerprint: '',
      source: ['第一句。第二句。'],
      target: null,
      state: 'new',
    })
  })

  it('puts target segments in the order their `order` attributes give', () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="de">
      <file id="f"><unit id="u">
        <segment><source>他说：</source><target order="2">, sagte er.</target></segment>
        <segment><source>“你好”</source><target order="1">„Hallo“</target></segment>
      </unit></file></xliff>`
    expect(parseXliff(xml).units[0]?.target).toEqual(['„Hallo“, sagte er.'])
  })
})
