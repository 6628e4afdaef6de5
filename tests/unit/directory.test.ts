import { directoryPage, filterQuery, pageSize, parseFilters } from '@/lib/directory'
import type { EnterpriseSummary } from '@/queries/enterprises'

const enterprise = (
  id: number,
  name: string,
  fields: Partial<EnterpriseSummary> = {},
): EnterpriseSummary => ({
  id,
  slug: `e${id}`,
  name: { value: name, lang: 'zh' },
  germanHeadquarters: null,
  germanState: null,
  industry: null,
  yearArrived: null,
  hiddenChampion: false,
  chinaHeadquarters: false,
  platformId: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
})

describe('the enterprise directory', () => {
  it('reads only valid filters from the URL', () => {
    expect(
      parseFilters({ industry: 'automotive', state: 'BW', champion: '1', year: '1993', page: '2' }),
    ).toEqual({
      industry: 'automotive',
      state: 'BW',
      champion: true,
      year: 1993,
      page: 2,
    })
    expect(
      parseFilters({ industry: 'banking', state: 'XX', champion: 'yes', year: 'soon', page: '-1' }),
    ).toEqual({ page: 1 })
  })

  it('writes the filters back as query parameters, page 1 implied', () => {
    expect(filterQuery({ industry: 'automotive', champion: true, page: 1 })).toEqual({
      industry: 'automotive',
      state: undefined,
      champion: '1',
      year: undefined,
      page: undefined,
    })
  })

  it('filters, sorts Chinese names by pinyin and pages', () => {
    const all = [
      enterprise(1, '舍弗勒', { industry: 'automotive', germanState: 'BY', hiddenChampion: false }),
      enterprise(2, '克恩-里伯斯', {
        industry: 'precision',
        germanState: 'BW',
        hiddenChampion: true,
        yearArrived: 1993,
      }),
      enterprise(3, '博世', { industry: 'automotive', germanState: 'BW' }),
    ]
    expect(directoryPage(all, { page: 1 }, 'zh').items.map((item) => item.id)).toEqual([3, 2, 1])
    expect(
      directoryPage(all, { industry: 'automotive', page: 1 }, 'zh').items.map((item) => item.id),
    ).toEqual([3, 1])
    expect(
      directoryPage(all, { state: 'BW', champion: true, page: 1 }, 'zh').items.map(
        (item) => item.id,
      ),
    ).toEqual([2])
    expect(directoryPage(all, { year: 1993, page: 1 }, 'zh').total).toBe(1)

    const many = Array.from({ length: pageSize + 3 }, (_, index) =>
      enterprise(index, `Firma ${index}`),
    )
    const second = directoryPage(many, { page: 2 }, 'de')
    expect(second).toMatchObject({ page: 2, pages: 2, total: pageSize + 3 })
    expect(second.items).toHaveLength(3)
    expect(directoryPage(many, { page: 9 }, 'de').page).toBe(2)
  })
})
