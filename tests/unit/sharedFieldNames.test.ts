import type { Field } from 'payload'

import { sharedFieldNames } from '@/translation/translatorPublishing'

describe('sharedFieldNames', () => {
  it('lists the top-level shared fields a translator’s publish keeps at their public values', () => {
    const fields: Field[] = [
      { name: 'title', type: 'text', localized: true },
      {
        type: 'row',
        fields: [
          { name: 'startDate', type: 'date' },
          { name: 'location', type: 'text', localized: true },
        ],
      },
      {
        type: 'collapsible',
        label: 'More',
        fields: [{ name: 'format', type: 'select', options: ['forum'] }],
      },
      {
        type: 'tabs',
        tabs: [
          { label: 'Meta', fields: [{ name: 'source', type: 'textarea' }] },
          { name: 'seo', fields: [{ name: 'image', type: 'upload', relationTo: 'media' }] },
          { name: 'texts', localized: true, fields: [{ name: 'summary', type: 'text' }] },
        ],
      },
      { name: '_status', type: 'select', options: ['draft', 'published'] },
      { name: 'createdAt', type: 'date' },
      { name: 'updatedAt', type: 'date' },
    ]
    expect(sharedFieldNames(fields)).toEqual(['startDate', 'format', 'source', 'seo'])
  })
})
