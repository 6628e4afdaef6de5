import { formatCitation, readCitation } from '@/lib/citation'

describe('a record’s source, read back in the reader’s language (issue #9)', () => {
  const stored = formatCitation({
    section: '对德合作大事记 · 2015年 / 现状',
    quote: '全球第六个、中国第三个德国中心落户太仓',
  })

  it('names the article and its section in German and English, and keeps the Chinese quote apart', () => {
    expect(readCitation(stored, 'de')).toEqual({
      title:
        'Die Stärken der Zusammenarbeit mit Deutschland ausbauen – bei der Öffnung nach außen neue Höhen erreichen',
      section: 'Meilensteine der Zusammenarbeit mit Deutschland · 2015 / Aktueller Stand',
      quote: '全球第六个、中国第三个德国中心落户太仓',
    })
    expect(readCitation(stored, 'en')?.section).toBe(
      'Milestones of cooperation with Germany · 2015 / Current situation',
    )
    expect(readCitation(stored, 'zh')).toMatchObject({
      title: '放大对德合作优势 对外开放勇攀高峰',
      section: '对德合作大事记 · 2015年 / 现状',
    })
  })

  it('translates every section the seed cites', async () => {
    const content = await import('@/seed/content')
    const records = [
      ...content.milestones,
      ...content.events,
      ...content.platforms,
      ...content.enterprises,
      ...content.keyFigures,
      ...content.glossary,
      { source: content.siteSettingsSource },
    ]
    for (const { source } of records)
      for (const locale of ['de', 'en'] as const)
        expect([source.section, readCitation(formatCitation(source), locale)]).toEqual([
          source.section,
          expect.objectContaining({ section: expect.not.stringMatching(/\p{Script=Han}/u) }),
        ])
  })

  it('reads nothing into a source an editor wrote in their own words, or an unknown section', () => {
    expect(readCitation('Pressemitteilung der Stadt Taicang, 3. Mai 2023', 'de')).toBeNull()
    expect(readCitation(null, 'de')).toBeNull()
    expect(readCitation(formatCitation({ section: '附录', quote: '……' }), 'en')).toBeNull()
  })
})
