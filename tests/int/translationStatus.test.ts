import type { Payload } from 'payload'

import { seed } from '@/seed/seed'
import { statusReport } from '@/translation/report'

import type { TestUser } from '../helpers/fixtures'
import { updateAs } from '../helpers/localApi'
import { describeDatabase, useTestPayloadWithUsers } from '../helpers/payload'

describeDatabase('translation status: missing, outdated, complete per record and locale', () => {
  let payload: Payload
  let editor: TestUser, translator: TestUser
  useTestPayloadWithUsers('status', (app) => ({ payload, editor, translator } = app))

  const statusOf = async (id: number | string, locale: 'de' | 'en') =>
    (await statusReport(payload, { locale, collections: ['platforms'] })).records.find(
      (record) => record.id === id,
    )

  it('follows a record from untranslated to outdated and back to complete', async () => {
    const created = await payload.create({
      collection: 'platforms',
      locale: 'zh',
      data: { name: '德国中心', type: 'service-organisation', _status: 'published' } as never,
      user: editor,
      overrideAccess: false,
    })
    expect((await statusOf(created.id, 'de'))?.state).toBe('missing')

    const translate = (name: string) =>
      updateAs(payload, translator, {
        collection: 'platforms',
        id: created.id,
        locale: 'de',
        draft: true,
        data: { name, _status: 'draft' },
      })
    await translate('Deutsches Zentrum')
    expect(await statusOf(created.id, 'de')).toMatchObject({
      state: 'complete',
      fields: { name: 'complete' },
    })
    expect((await statusOf(created.id, 'en'))?.state).toBe('missing')

    await updateAs(payload, editor, {
      collection: 'platforms',
      id: created.id,
      locale: 'zh',
      data: { name: '太仓德国中心', _status: 'published' },
    })
    expect(await statusOf(created.id, 'de')).toMatchObject({
      state: 'outdated',
      fields: { name: 'outdated' },
    })

    await translate('Deutsches Zentrum Taicang')
    expect((await statusOf(created.id, 'de'))?.state).toBe('complete')
  })

  it('ignores a client that tries to write the provenance record itself', async () => {
    const created = await payload.create({
      collection: 'platforms',
      locale: 'zh',
      data: { name: '孵化中心', type: 'incubator', _status: 'published' } as never,
      overrideAccess: true,
    })
    const forge = (data: object) =>
      updateAs(payload, translator, {
        collection: 'platforms',
        id: created.id,
        locale: 'de',
        draft: true,
        data,
      })
    await forge({ name: 'Inkubator', translationSources: { name: 'forged' } })
    await payload.update({
      collection: 'platforms',
      id: created.id,
      locale: 'zh',
      data: { name: '德国中小企业孵化中心' } as never,
      overrideAccess: true,
    })
    await forge({ translationSources: { name: 'forged-again' } })
    expect((await statusOf(created.id, 'de'))?.fields.name).toBe('outdated')
  })

  it('reports the seeded article as completely translated, with counts per collection', async () => {
    await seed(payload)
    const report = await statusReport(payload, { locale: 'en' })
    const seededStates = report.records
      .filter((record) => record.published)
      .map((record) => record.state)
    expect(seededStates.length).toBeGreaterThan(70)
    expect(report.collections.milestones).toMatchObject({ missing: 0, outdated: 0 })
    expect(report.collections.milestones!.complete).toBe(report.collections.milestones!.total)
    expect(report.totals.total).toBe(report.records.length)
  }, 120_000)
})
