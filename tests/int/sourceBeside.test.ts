import type { Payload } from 'payload'

import { sourcesBeside } from '@/translation/sourceBeside'

import type { TestUser } from '../helpers/fixtures'
import { updateAs } from '../helpers/localApi'
import { describeDatabase, useTestPayloadWithUsers } from '../helpers/payload'

describeDatabase('the source beside each field of a translator’s form', () => {
  let payload: Payload
  let editor: TestUser, translator: TestUser
  useTestPayloadWithUsers('source-beside', async (app) => {
    ;({ payload, editor, translator } = app)
    await payload.create({
      collection: 'glossary',
      locale: 'zh',
      data: { term: '德国中心' } as never,
      overrideAccess: true,
    })
    const [term] = (await payload.find({ collection: 'glossary', overrideAccess: true })).docs
    await payload.update({
      collection: 'glossary',
      id: term!.id,
      locale: 'de',
      data: { term: 'Deutsches Zentrum' } as never,
      overrideAccess: true,
    })
  })

  it('shows the source, its glossary terms, and for an outdated field what changed since the translation', async () => {
    const created = await payload.create({
      collection: 'platforms',
      locale: 'zh',
      data: {
        name: '太仓德国中心',
        location: '太仓',
        type: 'service-organisation',
        _status: 'published',
      } as never,
      user: editor,
      overrideAccess: false,
    })
    const id = String(created.id)
    const before = await sourcesBeside(payload, { collection: 'platforms', id, locale: 'de' })
    expect(before.name).toMatchObject({
      state: 'missing',
      source: '太仓德国中心',
      glossary: [{ term: '德国中心', translation: 'Deutsches Zentrum' }],
    })
    expect(before.name?.diff).toBeUndefined()
    expect(before.location).toMatchObject({ state: 'missing', source: '太仓', glossary: [] })

    await updateAs(payload, translator, {
      collection: 'platforms',
      id: created.id,
      locale: 'de',
      draft: true,
      data: { name: 'Deutsches Zentrum Taicang', location: 'Taicang', _status: 'draft' },
    })
    await updateAs(payload, editor, {
      collection: 'platforms',
      id: created.id,
      locale: 'zh',
      data: { name: '太仓德国中心二期', _status: 'published' },
    })

    const after = await sourcesBeside(payload, { collection: 'platforms', id, locale: 'de' })
    expect(after.name).toMatchObject({
      state: 'outdated',
      source: '太仓德国中心二期',
      previousSource: '太仓德国中心',
    })
    expect(after.name?.diff).toEqual([
      { text: '太仓德国中心', change: 'same' },
      { text: '二期', change: 'added' },
    ])
    // Only the field whose source changed is outdated; English has no translation at all.
    expect(after.location).toMatchObject({ state: 'complete', source: '太仓' })
    expect(after.location?.diff).toBeUndefined()
    const english = await sourcesBeside(payload, { collection: 'platforms', id, locale: 'en' })
    expect(english.name).toMatchObject({ state: 'missing', glossary: [] })
  })
})
