import type { Payload } from 'payload'

import { recordsNeedingWork } from '@/translation/needsWork'
import { statusReport } from '@/translation/report'

import { describeDatabase, useTestPayload } from '../helpers/payload'

// The admin list's "needs translation" links: the ids are kept between renders, so every kind of
// save that changes a record's status must show in the next answer.
describeDatabase('records needing translation, kept until the drafts change', () => {
  let payload: Payload
  useTestPayload('needswork', (booted) => {
    payload = booted
  })

  const needing = async (locale: 'de' | 'en') =>
    [...((await recordsNeedingWork(payload, 'platforms', [locale])).get(locale) ?? [])].sort()

  /** The same question answered by the full status report, computed afresh. */
  const reported = async (locale: 'de' | 'en') =>
    (await statusReport(payload, { locale, collections: ['platforms'] })).records
      .filter((record) => record.state !== 'complete')
      .map((record) => record.id)
      .sort()

  it('follows creates, translations, source edits and deletes', async () => {
    const first = await payload.create({
      collection: 'platforms',
      locale: 'zh',
      data: { name: '德国中心', type: 'incubator', _status: 'published' } as never,
      overrideAccess: true,
    })
    expect(await needing('de')).toEqual([first.id])

    const second = await payload.create({
      collection: 'platforms',
      locale: 'zh',
      data: { name: '孵化中心', type: 'incubator', _status: 'published' } as never,
      overrideAccess: true,
    })
    expect(await needing('de')).toEqual([first.id, second.id].sort())

    await payload.update({
      collection: 'platforms',
      id: first.id,
      locale: 'de',
      draft: true,
      data: { name: 'Deutsches Zentrum' },
      overrideAccess: true,
    })
    expect(await needing('de')).toEqual([second.id])
    expect(await needing('en')).toEqual([first.id, second.id].sort())

    await payload.update({
      collection: 'platforms',
      id: first.id,
      locale: 'zh',
      data: { name: '太仓德国中心', _status: 'published' },
      overrideAccess: true,
    })
    expect(await needing('de')).toEqual([first.id, second.id].sort())

    await payload.delete({ collection: 'platforms', id: second.id, overrideAccess: true })
    expect(await needing('de')).toEqual([first.id])
    for (const locale of ['de', 'en'] as const)
      expect(await needing(locale)).toEqual(await reported(locale))
  }, 60_000)
})
