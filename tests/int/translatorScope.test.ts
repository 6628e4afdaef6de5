import { createLocalReq, docAccessOperation, type Payload } from 'payload'

import { statusOf } from '../helpers/errors'
import { createRecord, snapshot, type TestUser } from '../helpers/fixtures'
import { onRecord, storedDraft, updateAs } from '../helpers/localApi'
import { describeDatabase, useTestPayloadWithUsers } from '../helpers/payload'
import { expectRefusedUnchanged } from '../helpers/refusals'

describeDatabase('a translator writes only localized fields in their own locales', () => {
  let payload: Payload
  let translator: TestUser
  useTestPayloadWithUsers('scope', (app) => ({ payload, translator } = app))

  it('accepts a whole admin form whose shared fields are unchanged, and saves only the German text', async () => {
    const record = await createRecord(payload, 'platforms')
    const form = await storedDraft(payload, 'platforms', record.id, 'de')
    await updateAs(payload, translator, {
      collection: 'platforms',
      id: record.id,
      locale: 'de',
      draft: true,
      data: { ...form, name: 'Inkubator', _status: 'draft' },
    })
    const stored = await storedDraft(payload, 'platforms', record.id, 'all')
    expect(stored.name).toEqual({ zh: '德国中小企业(太仓)孵化中心', de: 'Inkubator' })
    expect(stored.type).toBe('incubator')
  })

  it('refuses the same form with one shared field changed, naming the field, and stores nothing', async () => {
    const record = await createRecord(payload, 'enterprises')
    const form = await storedDraft(payload, 'enterprises', record.id, 'de')
    await expectRefusedUnchanged(
      payload,
      { collection: 'enterprises', id: record.id },
      () =>
        updateAs(payload, translator, {
          collection: 'enterprises',
          id: record.id,
          locale: 'de',
          draft: true,
          data: { ...form, name: 'Kern-Liebers', yearArrived: 2000, _status: 'draft' },
        }),
      { mentions: /yearArrived/ },
    )
  })

  it('refuses bulk edits of shared fields and writes in "all" locales', async () => {
    const record = await createRecord(payload, 'milestones')
    const before = await snapshot(payload, 'milestones', record.id)
    const milestone = onRecord(payload, 'milestones', record.id)
    expect(await statusOf(milestone.bulkSaveAs(translator, 'de', { year: 1999 }))).toBe(403)
    expect(
      await statusOf(
        payload.update({
          collection: 'milestones',
          id: record.id,
          locale: 'all' as never,
          data: { title: { de: 'Meilenstein', zh: '被改写' } } as never,
          user: translator,
          overrideAccess: false,
        }),
      ),
    ).toBe(403)
    expect(await snapshot(payload, 'milestones', record.id)).toEqual(before)
  })

  it('lets a translator translate key-figure labels but not change the numbers', async () => {
    await payload.updateGlobal({
      slug: 'key-figures',
      locale: 'zh',
      data: {
        figures: [
          {
            key: 'german-enterprises',
            label: '德资企业总数',
            value: 450,
            unit: '家',
            qualifier: 'atLeast',
          },
        ],
      } as never,
      overrideAccess: true,
    })
    const current = await payload.findGlobal({
      slug: 'key-figures',
      locale: 'de',
      depth: 0,
      overrideAccess: true,
    })
    const row = current.figures![0]!
    await payload.updateGlobal({
      slug: 'key-figures',
      locale: 'de',
      data: { figures: [{ ...row, label: 'Deutsche Unternehmen', unit: 'Unternehmen' }] } as never,
      user: translator,
      overrideAccess: false,
    })
    expect(
      await statusOf(
        payload.updateGlobal({
          slug: 'key-figures',
          locale: 'de',
          data: { figures: [{ ...row, label: 'Deutsche Unternehmen', value: 9999 }] } as never,
          user: translator,
          overrideAccess: false,
        }),
      ),
    ).toBe(403)
    const stored = await payload.findGlobal({
      slug: 'key-figures',
      locale: 'all',
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.figures?.[0]).toMatchObject({
      value: 450,
      label: { zh: '德资企业总数', de: 'Deutsche Unternehmen' },
    })
  })

  it('answers the admin’s permission check for a stored record without failing, in every locale', async () => {
    // The admin decides what a form may do by calling update access with the stored document as data.
    const record = await createRecord(payload, 'platforms')
    const doc = await storedDraft(payload, 'platforms', record.id, 'zh')
    const permissions = async (locale: 'zh' | 'de' | 'en', status: 'draft' | 'published') => {
      const req = await createLocalReq({ user: translator as never, locale }, payload)
      const result = await docAccessOperation({
        id: record.id,
        collection: payload.collections.platforms,
        data: { ...doc, _status: status },
        req,
      })
      // Payload leaves out what is refused.
      return { read: Boolean(result.read), update: Boolean(result.update) }
    }
    expect((await permissions('de', 'draft')).update).toBe(true)
    expect((await permissions('zh', 'draft')).read).toBe(true)
    expect((await permissions('zh', 'draft')).update).toBe(false)
    expect((await permissions('en', 'draft')).update).toBe(false)
    // The Publish button shows in German (a publish is narrowed to German) and nowhere else.
    expect((await permissions('de', 'published')).update).toBe(true)
    expect((await permissions('en', 'published')).update).toBe(false)
  })
})
