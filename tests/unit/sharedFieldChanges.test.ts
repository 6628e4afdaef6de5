import type { Field } from 'payload'

import { sharedFieldChanges, writesSharedFields } from '@/access/sharedFieldChanges'

const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  {
    type: 'row',
    fields: [
      { name: 'year', type: 'number' },
      { name: 'date', type: 'date' },
    ],
  },
  { name: 'platforms', type: 'relationship', relationTo: 'platforms', hasMany: true },
  { name: 'body', type: 'richText', localized: true },
  {
    name: 'figures',
    type: 'array',
    fields: [
      { name: 'label', type: 'text', localized: true },
      { name: 'value', type: 'number' },
    ],
  },
  {
    type: 'tabs',
    tabs: [
      { label: 'Meta', fields: [{ name: 'source', type: 'textarea' }] },
      { name: 'seo', fields: [{ name: 'image', type: 'upload', relationTo: 'media' }] },
    ],
  },
]

const stored = {
  title: '德国中心',
  year: 2015,
  date: '2015-01-01T00:00:00.000Z',
  platforms: [3, 4],
  figures: [{ id: 'a', label: '德资企业', value: 450 }],
  source: 'article',
  seo: { image: 7 },
}

describe('sharedFieldChanges', () => {
  it('accepts a whole form whose shared values are unchanged, in their other spellings', () => {
    const form = {
      ...stored,
      title: 'Deutsches Zentrum',
      year: '2015',
      date: '2015-01-01T00:00:00Z',
      platforms: [{ id: 3, name: 'x' }, '4'],
      figures: [{ id: 'a', label: 'Deutsche Unternehmen', value: 450 }],
      seo: { image: { id: 7 } },
    }
    expect(sharedFieldChanges(fields, form, stored)).toEqual([])
  })

  it('accepts data that carries only localized fields', () => {
    expect(
      sharedFieldChanges(fields, { title: 'German Centre', body: { root: {} } }, stored),
    ).toEqual([])
  })

  it('names each shared field that changes, however deep', () => {
    const form = {
      ...stored,
      year: 2016,
      platforms: [3],
      figures: [{ id: 'a', label: '德资企业', value: 500 }],
      source: 'edited',
      seo: { image: 8 },
    }
    expect(sharedFieldChanges(fields, form, stored)).toEqual([
      'year',
      'platforms',
      'figures.0.value',
      'source',
      'seo.image',
    ])
  })

  it('refuses added, removed or reordered rows of a shared array', () => {
    expect(sharedFieldChanges(fields, { figures: [] }, stored)).toEqual(['figures'])
    expect(sharedFieldChanges(fields, { figures: [{ id: 'b', value: 450 }] }, stored)).toEqual([
      'figures.0',
    ])
  })

  it('refuses rows without their ids: Payload would store them as new rows, dropping the other locales', () => {
    expect(
      sharedFieldChanges(
        fields,
        { figures: [{ label: 'Deutsche Unternehmen', value: 450 }] },
        stored,
      ),
    ).toEqual(['figures.0'])
    expect(
      sharedFieldChanges(
        fields,
        { figures: [{ id: null, label: 'Deutsche Unternehmen' }] },
        stored,
      ),
    ).toEqual(['figures.0'])
  })

  it('treats null, undefined, empty text and an empty list as the same blank', () => {
    expect(
      sharedFieldChanges(
        fields,
        { date: null, platforms: [] },
        { date: undefined, platforms: null },
      ),
    ).toEqual([])
    expect(sharedFieldChanges(fields, { source: '' }, {})).toEqual([])
  })

  it('counts any shared value as a change when there is no stored record to compare with', () => {
    expect(sharedFieldChanges(fields, { year: 2020, title: 'x' }, {})).toEqual(['year'])
  })
})

describe('writesSharedFields', () => {
  it('tells a text-only write from one that carries shared fields, however nested', () => {
    expect(writesSharedFields(fields, { title: 'x', body: {} })).toBe(false)
    expect(writesSharedFields(fields, { title: 'x', year: 2015 })).toBe(true)
    expect(writesSharedFields(fields, { source: 'in an unnamed tab' })).toBe(true)
    expect(writesSharedFields(fields, { seo: { image: 1 } })).toBe(true)
    expect(writesSharedFields(fields, {})).toBe(false)
  })
})
