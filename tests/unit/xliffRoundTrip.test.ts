import {
  parseXliff,
  targetCodesFit,
  writeXliff,
  type XliffDocument,
  XliffError,
} from '@/translation/xliff'

import { sampleDocument } from '../fixtures/xliff/sampleDocument'

describe('XLIFF round trip', () => {
  it('reads back an XLIFF 2.0 export exactly, glossary and notes included', () => {
    const doc = sampleDocument('2.0')
    expect(parseXliff(writeXliff(doc))).toEqual(doc)
  })

  it('reads back an XLIFF 1.2 export exactly; the glossary travels as notes for the translator only', () => {
    const doc = sampleDocument('1.2')
    const xml = writeXliff(doc)
    expect(parseXliff(xml)).toEqual({ ...doc, glossary: undefined })
    expect(xml).toContain(
      '<note from="glossary">Glossary: 招聘会 → Jobmesse (Veranstaltung, auf der Firmen Personal suchen)</note>',
    )
  })

  it.each(['1.2', '2.0'] as const)('writes %s deterministically', (version) => {
    expect(writeXliff(sampleDocument(version))).toBe(writeXliff(sampleDocument(version)))
  })

  it('accepts the output as a Buffer, as an upload arrives', () => {
    const doc = sampleDocument('2.0')
    expect(parseXliff(Buffer.from(writeXliff(doc), 'utf8'))).toEqual(doc)
  })

  it('keeps Chinese, umlauts, ß and characters that need escaping', () => {
    for (const version of ['1.2', '2.0'] as const) {
      const xml = writeXliff(sampleDocument(version))
      expect(xml).toContain('价格 &lt; 100 &amp; "特价" \'单引号\' &gt; 50 ]]&gt; 结束')
      expect(xml).toContain('Straße, Größe, Übermaß, ÄÖÜ')
      const summary = parseXliff(xml).units.find((unit) => unit.id === 'events/12/summary')
      expect(summary?.source).toEqual(['价格 < 100 & "特价" \'单引号\' > 50 ]]> 结束'])
      expect(summary?.target).toEqual([
        'Preis < 100 & „Sonderpreis“ "Zoll" \'einfach\' > 50 ]]> – Straße, Größe, Übermaß, ÄÖÜ',
      ])
    }
  })

  it('writes XLIFF 1.2 the way CAT tools expect it', () => {
    const xml = writeXliff(sampleDocument('1.2'))
    expect(xml).toContain('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"')
    expect(xml).toContain(
      '<file original="taicang-cms/events" source-language="zh-Hans-CN" target-language="de-DE" datatype="plaintext">',
    )
    expect(xml).toContain(
      '<trans-unit id="events/12/title" resname="title" extradata="collection=events docId=12 fingerprint=9f86d081884c7d65" maxwidth="80" size-unit="char" xml:space="preserve">',
    )
    expect(xml).toContain(
      '<target state="translated">Jobmesse deutscher Unternehmen in Taicang</target>',
    )
    expect(xml).toContain('<target state="needs-translation"/>')
    expect(xml).toContain(
      '<source>欢迎参加<g id="1" ctype="bold">招聘会<g id="2" ctype="italic">（免费）</g></g>。详情见<g id="3" ctype="link" xhtml:href="https://example.com/jobs?lang=zh&amp;page=2">网站</g>。<x id="4" ctype="lb"/>',
    )
    // target codes carry the ids of the source codes they stand for, wherever they moved
    expect(xml).toContain('<target state="final">Details auf der <g id="3" ctype="link"')
    expect(xml).toContain(
      '<g id="5" ctype="underlined">Adresse</g><g id="6" ctype="x-strikethrough">alt</g>',
    )
  })

  it('writes XLIFF 2.0 with modules for the record, glossary and length limit', () => {
    const xml = writeXliff(sampleDocument('2.0'))
    expect(xml).toContain('srcLang="zh-Hans-CN" trgLang="de-DE"')
    expect(xml).toContain(
      '<unit id="events_2f_12_2f_title" name="title" xml:space="preserve" slr:sizeRestriction="80">',
    )
    expect(xml).toContain('<mda:meta type="fingerprint">9f86d081884c7d65</mda:meta>')
    expect(xml).toContain('<gls:glossEntry>')
    expect(xml).toContain('<gls:term>招聘会</gls:term>')
    expect(xml).toContain('<note category="cms">Glossar &amp; &lt;Hinweise&gt; beachten</note>')
    expect(xml).toContain(
      '<data id="d3">&lt;a href="https://example.com/jobs?lang=zh&amp;amp;page=2"&gt;</data>',
    )
    expect(xml).toContain(
      '<pc id="1" type="fmt" subType="xlf:b">招聘会<pc id="2" type="fmt" subType="xlf:i">（免费）</pc></pc>',
    )
    expect(xml).toContain('<pc id="3" type="link" dataRefStart="d3" dataRefEnd="d3-end">网站</pc>')
    expect(xml).toContain('<ph id="4" type="fmt" subType="xlf:lb"/>')
    expect(xml).toContain('<segment state="initial" subState="cms:needs-review">')
  })

  it('carries characters XML forbids as <cp> in 2.0 and drops them in 1.2, which has no way to carry them', () => {
    const doc: XliffDocument = {
      ...sampleDocument('2.0'),
      glossary: undefined,
      units: [
        {
          ...sampleDocument('2.0').units[0]!,
          source: ['Zeile\u000Bzwei'],
          target: null,
          notes: undefined,
        },
      ],
    }
    const xml = writeXliff(doc)
    expect(xml).toContain('Zeile<cp hex="000B"/>zwei')
    expect(parseXliff(xml).units[0]?.source).toEqual(['Zeile\u000Bzwei'])
    expect(parseXliff(writeXliff({ ...doc, version: '1.2' })).units[0]?.source).toEqual([
      'Zeilezwei',
    ])
  })

  it('refuses to export a translation with a code the source does not have', () => {
    const doc = sampleDocument('1.2')
    doc.units[0] = { ...doc.units[0]!, target: [{ code: 'bold', children: ['Jobmesse'] }] }
    expect(() => writeXliff(doc)).toThrow(XliffError)
    expect(() => writeXliff(doc)).toThrow(
      'Unit "events/12/title": the translation has bold formatting',
    )
    // what an exporter can check first, to send such a unit without its old target
    expect(targetCodesFit(doc.units[0]!.source, doc.units[0]!.target ?? [])).toBe(false)
    expect(targetCodesFit(doc.units[1]!.source, doc.units[1]!.target ?? [])).toBe(true)
  })

  it('refuses to export two units with the same id', () => {
    const doc = sampleDocument('2.0')
    doc.units.push({ ...doc.units[0]! })
    expect(() => writeXliff(doc)).toThrow('Unit "events/12/title": the id is used by two units.')
  })
})
