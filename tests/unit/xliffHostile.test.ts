import { parseXliff, XliffError } from '@/translation/xliff'

/** Parses and returns the error, failing the test if there is none or it is not a 400. */
function rejection(input: string | Buffer, options?: { maxBytes?: number }): XliffError {
  try {
    parseXliff(input, options)
  } catch (error) {
    expect(error).toBeInstanceOf(XliffError)
    expect((error as XliffError).status).toBe(400)
    return error as XliffError
  }
  throw new Error('the file was accepted')
}

const file12 = (
  units: string,
  fileAttrs = 'source-language="zh-Hans-CN" target-language="de-DE"',
) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="cms" ${fileAttrs} datatype="plaintext"><body>${units}</body></file>
</xliff>`

const file20 = (units: string, rootAttrs = 'srcLang="zh-Hans-CN" trgLang="de-DE"') =>
  `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" ${rootAttrs}><file id="f1">${units}</file></xliff>`

describe('hostile and broken files', () => {
  it('refuses a billion-laughs DTD at once, before any expansion', () => {
    const laughs = Array.from(
      { length: 9 },
      (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`,
    ).join('')
    const xml = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY lol0 "lol">${laughs}]>
${file12('<trans-unit id="a"><source>&lol9;</source></trans-unit>')}`
    const started = performance.now()
    const error = rejection(xml)
    expect(performance.now() - started).toBeLessThan(100)
    expect(error.message).toMatch(/DOCTYPE or ENTITY declaration/)
  })

  it('refuses an external entity (XXE) without reading it', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
${file12('<trans-unit id="a"><source>&xxe;</source></trans-unit>')}`
    expect(rejection(xml).message).toMatch(/DOCTYPE or ENTITY declaration/)
    expect(rejection(Buffer.from(xml)).message).not.toContain('root:')
  })

  it('refuses entities that only a DTD could define', () => {
    const error = rejection(file12('<trans-unit id="a"><source>a&nbsp;b</source></trans-unit>'))
    expect(error.message).toMatch(/entity "&nbsp;"/)
  })

  it('refuses a file over the size limit before reading it', () => {
    const padding = `<!-- ${'x'.repeat(11 * 1024 * 1024)} -->`
    const started = performance.now()
    expect(rejection(file12(padding)).message).toBe(
      'The file is 11 MB; the limit is 10 MB. Export fewer documents per file.',
    )
    expect(rejection(Buffer.from(file12(padding))).message).toMatch(/11 MB/)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(rejection(file12(''), { maxBytes: 100 }).message).toMatch(
      /^The file is 2\d\d bytes; the limit is 100 bytes\./,
    )
  })

  it('refuses what is not XML, or not XLIFF', () => {
    expect(rejection('Hello, this is a Word document').message).toBe(
      'This is not an XLIFF file: it is not XML.',
    )
    expect(rejection('{"units": []}').message).toBe('This is not an XLIFF file: it is not XML.')
    expect(rejection('').message).toBe('The file is empty.')
    expect(rejection('<xliff version="1.2"><file></xliff>').message).toMatch(
      /^The file is not well-formed XML \(line 1/,
    )
    expect(rejection('<html><body>hi</body></html>').message).toBe(
      'This is not an XLIFF file: its root element is <html>, not <xliff>.',
    )
    expect(rejection(Buffer.from([0xc3, 0x28, 0x3c])).message).toMatch(/not valid utf-8 text/)
  })

  it('names the supported versions when the version is not one of them', () => {
    const v11 = `<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1"><file/></xliff>`
    expect(rejection(v11).message).toBe(
      'XLIFF 1.1 is not supported. The CMS reads XLIFF 1.2 and 2.0; export the file in one of those from the CAT tool.',
    )
    expect(rejection(file20('').replace('version="2.0"', 'version="2.1"')).message).toMatch(
      /^XLIFF 2\.1 is not supported\. The CMS reads XLIFF 1\.2 and 2\.0/,
    )
    expect(rejection('<xliff><file/></xliff>').message).toMatch(/does not say which XLIFF version/)
  })

  it('refuses a file without a target language', () => {
    expect(rejection(file20('', 'srcLang="zh-Hans-CN"')).message).toBe(
      'The file has no target language (trgLang on <xliff>). Set the target language of the project in the CAT tool and export again.',
    )
    expect(rejection(file12('', 'source-language="zh-Hans-CN"')).message).toMatch(
      /no target language \(target-language on <file>\)/,
    )
    expect(rejection(file12('', 'target-language="de-DE"')).message).toMatch(/no source language/)
  })

  it('refuses two units with the same id', () => {
    const unit = '<trans-unit id="events/12/title"><source>标题</source></trans-unit>'
    const error = rejection(file12(unit + unit))
    expect(error.unitId).toBe('events/12/title')
    expect(error.message).toMatch(/^Unit "events\/12\/title": two units in the file have this id/)
    const unit20 = '<unit id="u1"><segment><source>标题</source></segment></unit>'
    expect(rejection(file20(unit20 + `<group id="g">${unit20}</group>`)).unitId).toBe('u1')
  })

  it('names the unit whose translation has a tag that is not in the source', () => {
    const mangled12 = `<trans-unit id="events/12/body#0">
      <source>欢迎<g id="1" ctype="bold">参加</g></source>
      <target>Willkommen <g id="1">zur</g> <g id="7" ctype="bold">Messe</g></target></trans-unit>`
    const error = rejection(file12(mangled12))
    expect(error.unitId).toBe('events/12/body#0')
    expect(error.message).toBe(
      'Unit "events/12/body#0": the translation contains tag <g id="7" ctype="bold">, which is not in the source. The CAT tool may have changed the tags: copy them from the source and export again.',
    )
    const mangled20 = `<unit id="u1"><segment><source>欢迎</source><target>Willkommen<ph id="5"/></target></segment></unit>`
    expect(rejection(file20(mangled20)).message).toMatch(
      /^Unit "u1": the translation contains tag <ph id="5">, which is not in the source/,
    )
  })

  it('refuses tags the translation uses twice, swaps in kind, or leaves overlapping', () => {
    const twice = `<trans-unit id="a"><source><g id="1" ctype="bold">一</g></source><target><g id="1">ein</g><g id="1">s</g></target></trans-unit>`
    expect(rejection(file12(twice)).message).toMatch(/uses tag <g id="1"> twice/)
    const kind = `<trans-unit id="a"><source>一<x id="1" ctype="lb"/></source><target><g id="1">eins</g></target></trans-unit>`
    expect(rejection(file12(kind)).message).toMatch(/different kind of tag/)
    const overlap = `<trans-unit id="a"><source><g id="1" ctype="bold">一</g><g id="2" ctype="italic">二</g></source>
      <target><bx id="1"/>eins<bx id="2"/>zwei<ex id="1"/>drei<ex id="2"/></target></trans-unit>`
    expect(rejection(file12(overlap)).message).toMatch(/overlap or do not match/)
  })

  it('refuses codes of a kind the CMS does not know', () => {
    const foreign12 = `<trans-unit id="a"><source>一<g id="1" ctype="x-blink">二</g></source></trans-unit>`
    expect(rejection(file12(foreign12)).message).toMatch(
      /^Unit "a": the source contains tag <g id="1" ctype="x-blink">, a kind of formatting the CMS does not know \(it knows bold, italic/,
    )
    const foreign20 = `<unit id="u"><segment><source><pc id="1" type="ui" subType="xlf:var">x</pc></source></segment></unit>`
    expect(rejection(file20(foreign20)).message).toMatch(
      /tag <pc id="1" type="ui" subType="xlf:var">/,
    )
    const placeholder = `<unit id="u"><segment><source>你好 <ph id="1" type="other"/></source></segment></unit>`
    expect(rejection(file20(placeholder)).message).toMatch(
      /a kind of formatting the CMS does not know/,
    )
    const element = `<trans-unit id="a"><source>一<b>二</b></source></trans-unit>`
    expect(rejection(file12(element)).message).toBe(
      'Unit "a": <b> is not an element XLIFF 1.2 allows inside a source or target.',
    )
  })

  it('refuses nesting deep enough to exhaust a recursive reader, quickly', () => {
    const deep = `${'<g id="1" ctype="bold">'.repeat(5000)}x${'</g>'.repeat(5000)}`
    const started = performance.now()
    expect(
      rejection(file12(`<trans-unit id="a"><source>${deep}</source></trans-unit>`)).message,
    ).toMatch(/more than 100 levels deep/)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
