import type { Locale } from '@/i18n/locales'
import { prepare, search, snippet, type SearchDocument } from '@/lib/search/search'
import { stem, terms } from '@/lib/search/tokenize'

const doc = (id: number, title: string, text: string, lang: Locale): SearchDocument => ({
  collection: 'platforms',
  id,
  slug: `p${id}`,
  title,
  titleLang: lang,
  fields: [{ text, lang, weight: 1 }],
})

describe('search terms', () => {
  it('segments Chinese into words with Intl.Segmenter', () => {
    expect(terms('太仓德国中心', 'zh').map((term) => term.text)).toEqual(['太仓', '德国', '中心'])
  })

  it('keeps a word the dictionary does not know together instead of three single characters', () => {
    expect(terms('双元制', 'zh').map((term) => term.text)).toEqual(['双元制'])
    expect(terms('太仓双元制教育研究院', 'zh').map((term) => term.text)).toContain('双元制')
  })

  it('folds and stems German and English words', () => {
    expect(terms('AHK-Büro Taicang', 'de').map((term) => term.text)).toEqual([
      'ahk',
      'buro',
      'taicang',
    ])
    expect(stem('unternehmen', 'de')).toBe('unternehm')
    expect(stem('zentren', 'de')).toBe('zentr')
    expect(stem('centres', 'en')).toBe('centr')
    expect(stem('cities', 'en')).toBe('city')
    // Short words are left alone.
    expect(stem('ahk', 'de')).toBe('ahk')
  })
})

describe('searching', () => {
  const chinese = prepare([
    doc(1, '太仓德国中心', '全球第六个、中国第三个德国中心,2015年落户太仓。', 'zh'),
    doc(2, '太仓双元制教育研究院', '太仓双元制教育研究院揭牌。', 'zh'),
    doc(3, '德国工商大会太仓办事处', '与德国中心等服务型平台运营良好。', 'zh'),
    doc(4, '中德智能制造合作创新园', '授牌。', 'zh'),
  ])
  const german = prepare([
    doc(1, 'Deutsches Zentrum Taicang', 'Serviceplattform für deutsche Unternehmen.', 'de'),
    doc(2, 'Innovationszentrum Taicang in Berlin', 'Der Aufbau wird beschleunigt.', 'de'),
    doc(3, 'AHK-Büro Taicang', 'Büro der Deutschen Auslandshandelskammer.', 'de'),
  ])

  it('finds 德国中心 in text without spaces, the record named so first', () => {
    const hits = search(chinese, '德国中心', 'zh')
    expect(hits.map((hit) => hit.document.id)).toEqual([1, 3])
  })

  it('finds 双元制', () => {
    expect(search(chinese, '双元制', 'zh').map((hit) => hit.document.id)).toEqual([2])
  })

  it('finds Zentrum inside the compound Innovationszentrum, and inflected forms', () => {
    expect(
      search(german, 'Zentrum', 'de')
        .map((hit) => hit.document.id)
        .sort(),
    ).toEqual([1, 2])
    expect(
      search(german, 'Zentren', 'de')
        .map((hit) => hit.document.id)
        .sort(),
    ).toEqual([1, 2])
    expect(search(german, 'Unternehmens', 'de').map((hit) => hit.document.id)).toEqual([1])
    expect(search(german, 'buero', 'de')).toEqual([])
    expect(search(german, 'Büro', 'de').map((hit) => hit.document.id)).toEqual([3])
  })

  it('requires every word of the query', () => {
    expect(search(german, 'Zentrum Berlin', 'de').map((hit) => hit.document.id)).toEqual([2])
    expect(search(german, 'Zentrum Hamburg', 'de')).toEqual([])
    expect(search(german, '   ', 'de')).toEqual([])
  })

  it('marks the matches in a snippet', () => {
    const parts = snippet('Das weltweit sechste Deutsche Zentrum', terms('zentrum', 'de'))
    expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['Zentrum'])
    expect(parts.map((part) => part.text).join('')).toBe('Das weltweit sechste Deutsche Zentrum')
  })
})
