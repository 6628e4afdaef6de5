import { cacheTags, tagsForChange, tagsForDelete } from '@/lib/cacheTags'
import { isSitePath, languageAlternates, pathFor, queryString, recordPath } from '@/lib/paths'

describe('public paths', () => {
  beforeAll(() => {
    process.env.NEXT_PUBLIC_SERVER_URL = 'https://taicang.example.org/'
  })

  it('builds each page’s path in a locale, with filters as query parameters', () => {
    expect(pathFor('de', { page: 'home' })).toBe('/de')
    expect(pathFor('zh', { page: 'event', slug: '2017-hidden-champions-summit' })).toBe(
      '/zh/events/2017-hidden-champions-summit',
    )
    expect(
      pathFor('en', { page: 'enterprises' }, { industry: 'automotive', state: undefined, page: 2 }),
    ).toBe('/en/enterprises?industry=automotive&page=2')
    expect(queryString({ q: '德国中心' })).toBe('?q=%E5%BE%B7%E5%9B%BD%E4%B8%AD%E5%BF%83')
  })

  it('links milestones to their anchor on the timeline', () => {
    expect(recordPath('en', 'milestones', { id: 7 })).toBe('/en/milestones#milestone-7')
    expect(recordPath('de', 'platforms', { id: 1, slug: 'german-centre-taicang' })).toBe(
      '/de/platforms/german-centre-taicang',
    )
  })

  it('gives hreflang alternates for every locale plus x-default', () => {
    expect(languageAlternates({ page: 'platform', slug: 'x' })).toEqual({
      'zh-Hans-CN': 'https://taicang.example.org/zh/platforms/x',
      'de-DE': 'https://taicang.example.org/de/platforms/x',
      en: 'https://taicang.example.org/en/platforms/x',
      'x-default': 'https://taicang.example.org/zh/platforms/x',
    })
    expect(languageAlternates({ page: 'home' })['x-default']).toBe('https://taicang.example.org/')
  })

  it('accepts only paths on this site for redirects', () => {
    expect(isSitePath('/de/events')).toBe(true)
    expect(isSitePath('//evil.example')).toBe(false)
    expect(isSitePath('https://evil.example')).toBe(false)
    expect(isSitePath('/\\evil.example')).toBe(false)
    expect(isSitePath(null)).toBe(false)
  })
})

describe('cache tags for a change', () => {
  it('refreshes the collection and the record’s page when it is published, edited or unpublished', () => {
    const published = { slug: 'a', _status: 'published' }
    const draft = { slug: 'a', _status: 'draft' }
    const expected = [cacheTags.collection('events'), cacheTags.document('events', 'a')]
    expect(tagsForChange('events', published, draft)).toEqual(expected)
    expect(tagsForChange('events', published, published)).toEqual(expected)
    expect(tagsForChange('events', draft, published)).toEqual(expected)
  })

  it('leaves the site alone for a draft of a record the public has never seen', () => {
    expect(
      tagsForChange('events', { slug: 'a', _status: 'draft' }, { slug: 'a', _status: 'draft' }),
    ).toEqual([])
    expect(tagsForChange('events', { slug: 'a', _status: 'draft' }, undefined)).toEqual([])
  })

  it('refreshes both the old and the new page when the slug changes', () => {
    expect(
      tagsForChange(
        'platforms',
        { slug: 'new', _status: 'published' },
        { slug: 'old', _status: 'published' },
      ),
    ).toEqual(['collection:platforms', 'doc:platforms:new', 'doc:platforms:old'])
  })

  it('refreshes the lists and the page of a deleted record', () => {
    expect(tagsForDelete('enterprises', { slug: 'kern-liebers' })).toEqual([
      'collection:enterprises',
      'doc:enterprises:kern-liebers',
    ])
  })
})
