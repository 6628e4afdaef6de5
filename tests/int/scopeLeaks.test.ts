import { createLocalReq, type Payload } from 'payload'

import { statusOf } from '../helpers/errors'
import { createRecord, createUser, snapshot, type TestUser } from '../helpers/fixtures'
import { onRecord } from '../helpers/localApi'
import { describeDatabase, useTestPayloadWithUsers } from '../helpers/payload'

/**
 * Paths around the plain update on which Payload itself has let locale-scoped users through.
 * Each test names the upstream issue and fails if our rules stop covering that path.
 */
describeDatabase('a German translator cannot leak out of German', () => {
  let payload: Payload
  let translator: TestUser, editor: TestUser
  useTestPayloadWithUsers('leaks', (app) => ({ payload, translator, editor } = app))

  it("refuses the admin's copy-to-locale into English and allows it into German (payloadcms/payload#12361)", async () => {
    const { copyDataFromLocale } = await import('@payloadcms/ui/utilities/copyDataFromLocale')
    const record = await createRecord(payload, 'platforms')
    const before = await snapshot(payload, 'platforms', record.id)
    const req = await createLocalReq({ user: translator as never }, payload)
    const copy = (toLocale: string) =>
      copyDataFromLocale({
        collectionSlug: 'platforms',
        docID: record.id,
        fromLocale: 'zh',
        toLocale,
        req: { ...req },
        overrideData: true,
      } as never)

    expect(await statusOf(copy('en'))).toBe(403)
    expect(await snapshot(payload, 'platforms', record.id)).toEqual(before)
    await copy('de')
    const after = await payload.findByID({
      collection: 'platforms',
      id: record.id,
      locale: 'all',
      draft: true,
      depth: 0,
    })
    expect(after.name).toMatchObject({ de: '德国中小企业(太仓)孵化中心' })
  })

  it('refuses duplicating a record (payloadcms/payload#12362)', async () => {
    const record = await createRecord(payload, 'events')
    const count = (await payload.count({ collection: 'events' })).totalDocs
    expect(
      await statusOf(
        payload.duplicate({
          collection: 'events',
          id: record.id,
          locale: 'de',
          user: translator,
          overrideAccess: false,
        }),
      ),
    ).toBe(403)
    expect((await payload.count({ collection: 'events' })).totalDocs).toBe(count)
  })

  it('keeps the German translation when an editor later changes a shared field (payloadcms/payload#2878)', async () => {
    const enterprise = onRecord(
      payload,
      'enterprises',
      (await createRecord(payload, 'enterprises')).id,
    )
    await enterprise.draftAs(translator, 'de', { name: 'Kern-Liebers' })
    await enterprise.draftAs(editor, 'zh', { yearArrived: 1995 })
    const latest = await enterprise.stored('all')
    expect(latest.name).toEqual({ zh: '克恩-里伯斯', de: 'Kern-Liebers' })
    expect(latest.yearArrived).toBe(1995)
  })

  it('refuses bulk edit and bulk delete from the list view', async () => {
    const record = await createRecord(payload, 'milestones')
    const before = await snapshot(payload, 'milestones', record.id)
    const where = { id: { equals: record.id } }
    const milestone = onRecord(payload, 'milestones', record.id)
    expect(await statusOf(milestone.bulkSaveAs(translator, 'en', { title: 'x' }))).toBe(403)
    expect(
      await statusOf(
        payload.delete({
          collection: 'milestones',
          where,
          user: translator,
          overrideAccess: false,
        }),
      ),
    ).toBe(403)
    expect(await snapshot(payload, 'milestones', record.id)).toEqual(before)
  })

  it('refuses restoring a version, which would rewrite every locale and shared field', async () => {
    const record = await createRecord(payload, 'platforms')
    await onRecord(payload, 'platforms', record.id).systemSave('zh', {
      name: '新名称',
      _status: 'published',
    })
    const versions = await payload.findVersions({
      collection: 'platforms',
      where: { parent: { equals: record.id } },
      sort: 'createdAt',
    })
    const oldest = versions.docs[0]!
    const before = await snapshot(payload, 'platforms', record.id)
    for (const locale of ['de', 'zh'] as const) {
      expect(
        await statusOf(
          payload.restoreVersion({
            collection: 'platforms',
            id: oldest.id,
            locale,
            user: translator,
            overrideAccess: false,
          }),
        ),
      ).toBe(403)
    }
    expect(await snapshot(payload, 'platforms', record.id)).toEqual(before)
    // An editor may.
    await payload.restoreVersion({
      collection: 'platforms',
      id: oldest.id,
      user: editor,
      overrideAccess: false,
    })
    const restored = await onRecord(payload, 'platforms', record.id).stored('zh')
    expect(restored.name).toBe('德国中小企业(太仓)孵化中心')
  })

  it("holds on the admin's autosave path: other locales and shared fields refused, German stays a draft", async () => {
    const record = await createRecord(payload, 'events')
    const before = await snapshot(payload, 'events', record.id)
    const autosave = (locale: 'de' | 'en', data: Record<string, unknown>) =>
      payload.update({
        collection: 'events',
        id: record.id,
        locale,
        draft: true,
        autosave: true,
        data: data as never,
        user: translator,
        overrideAccess: false,
      })

    expect(await statusOf(autosave('en', { title: 'Forum' }))).toBe(403)
    expect(await statusOf(autosave('de', { title: 'Forum', format: 'summit' }))).toBe(403)
    expect(await snapshot(payload, 'events', record.id)).toEqual(before)

    // An autosave carrying the published status (as the admin's form state can) still only saves a draft.
    await autosave('de', { title: 'Innovationsforum', _status: 'published' })
    const latest = (await snapshot(payload, 'events', record.id)) as unknown as Record<
      string,
      unknown
    >
    expect(latest.title).toEqual({ zh: '中德创新城市合作论坛', de: 'Innovationsforum' })
    expect(latest.format).toBe('forum')
    const published = await payload.findByID({
      collection: 'events',
      id: record.id,
      locale: 'de',
      fallbackLocale: false,
      depth: 0,
    })
    expect(published.title ?? null).toBeNull()
  })

  it("turns a translator's unpublish of the whole record into withdrawing German only", async () => {
    const record = await createRecord(payload, 'platforms')
    const platform = onRecord(payload, 'platforms', record.id)
    const publicName = async (locale: 'zh' | 'de') =>
      (
        await payload.find({
          collection: 'platforms',
          locale,
          where: { id: { equals: record.id } },
          overrideAccess: false,
        })
      ).docs[0]?.name ?? 'not found'
    await platform.saveAs(translator, 'de', { name: 'Inkubator', _status: 'published' })
    expect(await publicName('de')).toBe('Inkubator')

    // What the admin's Unpublish button sends: a save that is not a draft, with the draft status.
    await platform.saveAs(translator, 'de', { _status: 'draft' })
    expect(await publicName('zh')).toBe('德国中小企业(太仓)孵化中心')
    expect(await publicName('de')).toBe('德国中小企业(太仓)孵化中心')
    const stored = await payload.findByID({
      collection: 'platforms',
      id: record.id,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.published).toMatchObject({ zh: true, de: false })
  })

  it("keeps a translator's save that is not a draft from publishing anyone's drafts", async () => {
    const record = await createRecord(payload, 'platforms')
    const platform = onRecord(payload, 'platforms', record.id)
    const english = await createUser(payload, ['translator'], ['en'])
    await platform.draftAs(english, 'en', { name: 'Incubator (draft)' })
    await platform.saveAs(translator, 'de', { name: 'Inkubator' })

    const published = await payload.findByID({
      collection: 'platforms',
      id: record.id,
      locale: 'all',
      depth: 0,
      draft: false,
      overrideAccess: true,
    })
    expect(published.name).toEqual({ zh: '德国中小企业(太仓)孵化中心' })
    const latest = await platform.stored('all')
    expect(latest.name).toEqual({
      zh: '德国中小企业(太仓)孵化中心',
      de: 'Inkubator',
      en: 'Incubator (draft)',
    })
  })
})
