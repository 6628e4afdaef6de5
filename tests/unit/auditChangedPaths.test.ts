import { changedPaths } from '@/audit/changedPaths'

describe('changedPaths: what an audit entry says a save changed', () => {
  it('names changed fields, follows groups, and compares arrays and rich text whole', () => {
    const richText = (text: string) => ({ root: { children: [{ text }] } })
    const before = {
      id: 1,
      updatedAt: '2026-01-01',
      title: 'Alt',
      year: 2015,
      address: { city: 'Taicang', street: 'A' },
      tags: ['a', 'b'],
      body: richText('eins'),
      published: false,
    }
    const after = {
      id: 1,
      updatedAt: '2026-01-02',
      title: 'Neu',
      year: 2015,
      address: { city: 'Taicang', street: 'B' },
      tags: ['a', 'c'],
      body: richText('zwei'),
      published: true,
    }
    expect(changedPaths(before, after, ['published'])).toEqual([
      'address.street',
      'body',
      'tags',
      'title',
    ])
  })

  it('counts a field that appears or disappears, and nothing when nothing changed', () => {
    expect(changedPaths({ a: 1 }, { a: 1, b: 'x' })).toEqual(['b'])
    expect(changedPaths({ a: 1, b: 'x' }, { a: 1 })).toEqual(['b'])
    expect(changedPaths({ a: null }, { a: undefined })).toEqual([])
    expect(changedPaths(null, { a: 1, _status: 'draft' })).toEqual(['a'])
  })
})
