import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { createRecord, type TestUser } from '../helpers/fixtures'
import { storedDraft, updateAs } from '../helpers/localApi'
import { describeDatabase, useTestPayloadWithUsers } from '../helpers/payload'

/**
 * The save pipeline (src/hooks/savePipeline.ts) reads the stored draft once per request: the steps
 * that compare a translator's form with it share one read instead of each loading the document.
 */
describeDatabase('the save pipeline reads the stored draft once', () => {
  let payload: Payload
  let translator: TestUser
  useTestPayloadWithUsers('pipeline', (app) => ({ payload, translator } = app))

  it('loads the latest draft once per locale for a translator saving a whole admin form', async () => {
    const record = await createRecord(payload, 'events')
    const form = await storedDraft(payload, 'events', record.id, 'de')
    const findByID = jest.spyOn(payload, 'findByID')
    try {
      await updateAs(payload, translator, {
        collection: 'events',
        id: record.id,
        locale: 'de',
        draft: true,
        data: { ...form, title: 'Forum für innovative Städte', _status: 'draft' },
      })
      const draftReads = findByID.mock.calls
        .map(([options]) => options)
        .filter((options) => options.id === record.id && options.draft === true)
        .map((options) => String(options.locale))
      // One read of the German draft the form is compared with, one of the Chinese source the
      // translation's provenance records.
      expect(draftReads.sort()).toEqual(['de', 'zh'])
    } finally {
      findByID.mockRestore()
    }
    const stored = await storedDraft(payload, 'events', record.id, 'de')
    expect(stored.title).toBe('Forum für innovative Städte')
  })
})
