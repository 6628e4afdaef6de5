import { fallbackLanguages, hasContent, optionLabel, show } from '@/lib/localized'
import { platformTypes } from '@/domain/platformOptions'

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
    children: [
      { type: 'paragraph', version: 1, children: text ? [{ type: 'text', text, version: 1 }] : [] },
    ],
  },
})

describe('which locale a reader’s text comes from', () => {
  it('uses the reader’s own text when there is some', () => {
    expect(show({ zh: '德国中心', de: 'Deutsches Zentrum', en: 'German Centre' }, 'de')).toEqual({
      value: 'Deutsches Zentrum',
      lang: 'de',
    })
  })

  it('follows the fallback chain de → en → zh and en → de → zh', () => {
    expect(show({ zh: '德国中心', en: 'German Centre' }, 'de')).toEqual({
      value: 'German Centre',
      lang: 'en',
    })
    expect(show({ zh: '德国中心', de: 'Deutsches Zentrum' }, 'en')).toEqual({
      value: 'Deutsches Zentrum',
      lang: 'de',
    })
    expect(show({ zh: '德国中心' }, 'en')).toEqual({ value: '德国中心', lang: 'zh' })
  })

  it('treats empty strings and empty rich text as missing', () => {
    expect(show({ zh: '德国中心', de: '  ', en: '' }, 'de')).toEqual({
      value: '德国中心',
      lang: 'zh',
    })
    expect(hasContent(paragraph(''))).toBe(false)
    expect(hasContent(paragraph('Text'))).toBe(true)
    expect(show({ zh: paragraph('正文'), de: paragraph('') }, 'de')?.lang).toBe('zh')
    expect(show(undefined, 'de')).toBeNull()
    expect(show({}, 'zh')).toBeNull()
  })

  it('lists the fallback languages a page used, in chain order', () => {
    const fields = [
      { value: 'a', lang: 'de' as const },
      { value: 'b', lang: 'zh' as const },
      { value: 'c', lang: 'en' as const },
      null,
    ]
    expect(fallbackLanguages('de', fields)).toEqual(['en', 'zh'])
    expect(fallbackLanguages('zh', fields)).toEqual([])
  })

  it('labels select options in the reader’s language', () => {
    expect(optionLabel(platformTypes, 'innovation-centre', 'de')).toBe('Innovationszentrum')
    expect(optionLabel(platformTypes, null, 'de')).toBeNull()
  })
})
