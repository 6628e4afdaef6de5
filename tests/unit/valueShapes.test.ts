import type { Field, PayloadRequest } from 'payload'

import { isStorableDate, storableId } from '@/fields/valueShapes'
import { assertWellFormed } from '@/hooks/rejectMalformedValues'

/** What the walk reads of a request: the config's text limit, the id type, the language and locale. */
const request = (locale = 'zh') =>
  ({
    payload: { config: { defaultMaxTextLength: 10 }, db: { defaultIDType: 'number' } },
    i18n: { language: 'en' },
    locale,
  }) as unknown as PayloadRequest

const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { type: 'row', fields: [{ name: 'year', type: 'number' }] },
  { type: 'group', fields: [{ name: 'flag', type: 'checkbox' }] } as unknown as Field,
  { name: 'meta', type: 'group', fields: [{ name: 'when', type: 'date' }] },
  { name: 'rows', type: 'array', fields: [{ name: 'label', type: 'text', localized: true }] },
  { name: 'kind', type: 'select', options: ['a', { value: 'b', label: 'B' }] },
]

const problems = async (data: unknown, locale?: string) =>
  (await assertWellFormed(fields, data, request(locale))).map((error) => error.path)

describe('assertWellFormed', () => {
  it('accepts well-shaped values, nulls and fields it was not sent', async () => {
    expect(await problems({})).toEqual([])
    expect(
      await problems({
        title: 'x',
        year: 2020,
        flag: true,
        meta: { when: '2020-01-01' },
        rows: [{ label: 'y' }],
        kind: 'b',
      }),
    ).toEqual([])
    expect(await problems({ title: null, year: null, meta: null, rows: null, kind: null })).toEqual(
      [],
    )
    expect(await problems({ year: '2020' })).toEqual([])
  })

  it('names each field whose value has the wrong shape, inside layout fields, groups and arrays too', async () => {
    expect(
      await problems({
        title: { a: 1 },
        year: '2020abc',
        flag: 'yes',
        meta: { when: 'soon' },
        rows: [{ label: 5 }, 'x'],
        kind: 'c',
      }),
    ).toEqual(['title', 'year', 'flag', 'meta.when', 'rows.0.label', 'rows.1', 'kind'])
    expect(await problems({ title: 'x'.repeat(11) })).toEqual(['title'])
    expect(await problems({ meta: 'x', rows: {} })).toEqual(['meta', 'rows'])
  })

  it('with locale=all, wants an object of values per known locale, each of the right shape', async () => {
    expect(
      await problems({ title: { zh: '标题', de: 'Titel' }, rows: [{ label: { en: 'x' } }] }, 'all'),
    ).toEqual([])
    expect(await problems({ title: 'Titel' }, 'all')).toEqual(['title'])
    expect(await problems({ title: { fr: 'Titre' } }, 'all')).toEqual(['title'])
    expect(await problems({ title: { zh: 1 }, rows: [{ label: { de: [] } }] }, 'all')).toEqual([
      'title.zh',
      'rows.0.label.de',
    ])
  })
})

describe('storableId and isStorableDate', () => {
  it('takes positive 32-bit integers (or their digits) as SQL ids, nothing else', () => {
    expect(storableId(12, 'number')).toBe(12)
    expect(storableId('12', 'number')).toBe(12)
    for (const id of [0, -1, 1.5, 2 ** 31, '12abc', '1 OR 1=1', '', null, {}, Number.NaN]) {
      expect(storableId(id, 'number')).toBeNull()
    }
    expect(storableId('65f0c0ffee0000000000beef', 'text')).toBe('65f0c0ffee0000000000beef')
    expect(storableId(5, 'text')).toBeNull()
  })

  it('takes dates between the years 1000 and 9999', () => {
    expect(isStorableDate('2019-05-01T00:00:00.000Z')).toBe(true)
    expect(isStorableDate(new Date('2019-05-01'))).toBe(true)
    for (const date of [
      'not a date',
      '',
      '+275760-09-13T00:00:00.000Z',
      '0999-12-31T00:00:00.000Z',
      1e20,
      0,
      null,
    ]) {
      expect(isStorableDate(date)).toBe(false)
    }
  })
})
