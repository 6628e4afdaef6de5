import { configuredProvider } from '@/machineTranslation/configuredProvider'
import { batches, deeplBaseUrl } from '@/machineTranslation/deepl'
import { fromMarkup, toMarkup } from '@/machineTranslation/inlineMarkup'
import { ProviderError } from '@/machineTranslation/provider'
import { fingerprint } from '@/translation/fingerprint'
import {
  isMachineDraftPrint,
  machineDraftPrint,
  withoutMachineMarks,
} from '@/translation/machineDraft'
import { fieldState, type DocumentInAllLocales } from '@/translation/status'
import type { UnitText } from '@/translation/xliff'

describe('inline markup sent to the provider', () => {
  const text: UnitText = [
    'A & B < C ',
    { code: 'bold', children: ['德国中心'] },
    { code: 'br' },
    { code: 'link', href: 'https://example.org/?a=1&b=2', children: ['网站'] },
  ]

  it('writes codes as tags, escapes text, and keeps link targets out of the text', () => {
    const markup = toMarkup(text)
    expect(markup.xml).toBe('A &amp; B &lt; C <b>德国中心</b><br/><a n="0">网站</a>')
    expect(markup.xml).not.toContain('example.org')
  })

  it('reads a translation back with the source links, wherever the words moved', () => {
    const markup = toMarkup(text)
    expect(fromMarkup('<a n="0">Website</a> A &amp; B<br/><b>Zentrum</b>', markup)).toEqual([
      { code: 'link', href: 'https://example.org/?a=1&b=2', children: ['Website'] },
      ' A & B',
      { code: 'br' },
      { code: 'bold', children: ['Zentrum'] },
    ])
  })

  it('treats broken markup, invented links and unknown tags as the provider failing', () => {
    const markup = toMarkup(text)
    expect(() => fromMarkup('<b>offen', markup)).toThrow(ProviderError)
    expect(() => fromMarkup('<a n="5">x</a>', markup)).toThrow(ProviderError)
    expect(() => fromMarkup('<script>x</script>', markup)).toThrow(ProviderError)
  })
})

describe('DeepL requests', () => {
  it('uses the free host for ":fx" keys, unless a URL is configured', () => {
    expect(deeplBaseUrl({ key: 'abc:fx' })).toBe('https://api-free.deepl.com')
    expect(deeplBaseUrl({ key: 'abc' })).toBe('https://api.deepl.com')
    expect(deeplBaseUrl({ key: 'abc', url: 'http://127.0.0.1:9/' })).toBe('http://127.0.0.1:9')
  })

  it('sends at most 50 texts and less than 128 KiB per request', () => {
    expect(batches(Array.from({ length: 120 }, (_, i) => `t${i}`)).map((b) => b.length)).toEqual([
      50, 50, 20,
    ])
    const big = 'x'.repeat(70 * 1024)
    expect(batches([big, big, big]).map((b) => b.length)).toEqual([1, 1, 1])
    expect(() => batches(['x'.repeat(200 * 1024)])).toThrow(ProviderError)
  })

  it('is off unless DEEPL_API_KEY is set', () => {
    expect(configuredProvider({})).toBeNull()
    expect(configuredProvider({ DEEPL_API_KEY: '  ' })).toBeNull()
    expect(configuredProvider({ DEEPL_API_KEY: 'abc:fx' })?.name).toBe('DeepL')
  })
})

describe('the machine state of a field', () => {
  const field = { path: 'name', kind: 'text' as const, required: true }
  const doc = (zh: string, recorded: string | null): DocumentInAllLocales => ({
    id: 1,
    name: { zh, de: 'Deutsches Zentrum' },
    translationSources: { de: recorded === null ? {} : { name: recorded } },
  })
  const print = fingerprint('德国中心')!

  it('is "machine" while the machine text is unreviewed, "complete" once a person saved it', () => {
    expect(fieldState(doc('德国中心', machineDraftPrint(print)), field, 'de')).toBe('machine')
    expect(fieldState(doc('德国中心', print), field, 'de')).toBe('complete')
  })

  it('is "outdated" when the source changed after the machine translated it', () => {
    expect(fieldState(doc('太仓德国中心', machineDraftPrint(print)), field, 'de')).toBe('outdated')
  })
})

describe('the machine marker', () => {
  it('is removed by a review that accepts the text, keeping the source each was made from', () => {
    expect(withoutMachineMarks({ title: machineDraftPrint('abc'), summary: 'def' })).toEqual({
      title: 'abc',
      summary: 'def',
    })
    expect(isMachineDraftPrint(machineDraftPrint('abc'))).toBe(true)
    expect(isMachineDraftPrint('abc')).toBe(false)
  })
})
