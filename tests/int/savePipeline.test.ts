import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { createRecord, createUsers, type TestUser } from '../helpers/fixtures'
import { describeDatabase, useTestPayload } from '../helpers/payload'

/**
 * The save pipeline (src/hooks/savePipeline.ts) reads the stored draft once per request: the steps
 * that compare a translator's form with it share one read instead of each loading the document.
 */
describeDatabase('the save pipeline reads the stored draft once', () => {
  let payload: Payload
  let translator: TestUser

  useTestPayload(
    'pipeline',
    async (booted) => {
      payload = booted
      translator = (await createUsers(payload)).translator
    },
    120_000,
  )

  it('loads the latest draft once per locale for a translator saving a whole admin form', async () => {
    const record = await createRecord(payload, 'events')
    const form = await payload.findByID({
      collection: 'events',
      id: record.id,
      locale: 'de',
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    const findByID = jest.spyOn(payload, 'findByID')
    try {
      await payload.update({
        collection: 'events',
        id: record.id,
        locale: 'de',
        draft: true,
        data: { ...form, title: 'Forum für innovative Städte', _status: 'draft' } as never,
        user: translator,
        overrideAccess: false,
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
    const stored = await payload.findByID({
      collection: 'events',
      id: record.id,
      locale: 'de',
      draft: true,
      depth: 0,
    })
    expect(stored.title).toBe('Forum für innovative Städte')
  })
})
