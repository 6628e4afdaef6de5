import {
  _internal_jobSystemGlobals,
  _internal_resetJobSystemGlobals,
  type CollectionSlug,
  type Payload,
} from 'payload'

import { runnerToken, runnerTokenHeader } from '@/jobs/runnerToken'
import { setLocalePublished } from '@/translation/publishing'
import { publicationQueue } from '@/translation/scheduledPublishing'

import type { TestUser } from '../helpers/fixtures'
import { onRecord } from '../helpers/localApi'
import { describeDatabase, useTestPayloadWithUsers } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

type Locale = 'zh' | 'de' | 'en'
type Item = { job: number | string; locale: Locale; record: string; title: string; by: string }

/** The message of a refusal: `{ errors: [{ message }] }`. */
const messageOf = (json: object) =>
  String((json as { errors?: { message?: string }[] }).errors?.[0]?.message)

const hour = 60 * 60 * 1000
const day = 24 * hour

/**
 * Issue #11, scheduled publishing: editors (and translators, in their own locales) schedule locales
 * of records to go live or be withdrawn; the queue runs them once the clock has passed their time.
 * The tests move Payload's job clock forward instead of waiting.
 */
describeDatabase('scheduled publishing', () => {
  let payload: Payload
  let editor: TestUser
  let translator: TestUser
  const tokens: Record<'editor' | 'translator', string> = { editor: '', translator: '' }

  useTestPayloadWithUsers('schedule', async (app) => {
    ;({ payload, editor, translator } = app)
    tokens.editor = await login((editor as unknown as { email: string }).email)
    tokens.translator = await login((translator as unknown as { email: string }).email)
  })

  afterEach(() => _internal_resetJobSystemGlobals())

  /** Each test saves, queues and runs several publications: more than jest's 5 s on a busy machine. */
  const test = (name: string, body: () => Promise<void>) => it(name, body, 60_000)

  /** Runs the publication queue as if the time were `now`. */
  const runAt = async (now: Date) => {
    _internal_jobSystemGlobals.getCurrentDate = () => now
    await payload.jobs.run({ queue: publicationQueue, limit: 100 })
  }

  const schedule = (who: keyof typeof tokens, body: unknown) =>
    rest('POST', '/api/translation/schedule', { body, token: tokens[who] })
  const list = async (who: keyof typeof tokens) => {
    const response = await rest('GET', '/api/translation/schedule', { token: tokens[who] })
    expect(response.status).toBe(200)
    return response.json.scheduled as unknown as (Item & { state: string; error?: string })[]
  }
  const cancel = (who: keyof typeof tokens, job: number | string) =>
    rest('DELETE', `/api/translation/schedule?job=${job}`, { token: tokens[who] })

  /** What a public reader of `locale` sees as the title, without fallback; 'not found' if nothing. */
  const publicTitle = async (
    collection: 'events' | 'platforms',
    id: number | string,
    locale: Locale,
  ) => {
    const { docs } = await payload.find({
      collection,
      where: { id: { equals: id } },
      locale,
      fallbackLocale: false,
      overrideAccess: false,
      depth: 0,
    })
    const doc = docs[0] as { title?: string; name?: string } | undefined
    return doc ? (doc.title ?? doc.name) : 'not found'
  }

  /** A record published in Chinese, with German and English drafts. */
  const platform = async (name: string) => {
    const doc = await payload.create({
      collection: 'platforms',
      locale: 'zh',
      data: { name: `${name}中心`, type: 'incubator', _status: 'published' } as never,
      overrideAccess: true,
    })
    for (const [locale, text] of [
      ['de', `${name} Zentrum`],
      ['en', `${name} Centre`],
    ] as const) {
      await payload.update({
        collection: 'platforms',
        id: doc.id,
        locale,
        draft: true,
        data: { name: text, _status: 'draft' } as never,
        overrideAccess: true,
      })
    }
    return doc.id
  }

  let eventCount = 0
  const event = async (
    title: string,
    dates: { startDate: Date; endDate?: Date },
    withdrawAfterEnd: boolean,
  ) => {
    const doc = await payload.create({
      collection: 'events',
      locale: 'zh',
      data: {
        title,
        slug: `scheduled-event-${(eventCount += 1)}`,
        format: 'forum',
        startDate: dates.startDate.toISOString(),
        ...(dates.endDate ? { endDate: dates.endDate.toISOString() } : {}),
        withdrawAfterEnd,
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    await payload.update({
      collection: 'events',
      id: doc.id,
      locale: 'de',
      data: { title: `${title} (de)`, _status: 'published' } as never,
      overrideAccess: true,
    })
    return doc.id
  }

  const pendingJobs = async () =>
    (
      await payload.find({
        collection: 'payload-jobs' as CollectionSlug,
        where: { completedAt: { exists: false }, hasError: { not_equals: true } },
        pagination: false,
        overrideAccess: true,
      })
    ).docs.length

  test('publishes one locale of one record once the clock passes its time, not before', async () => {
    const id = await platform('定时')
    const at = new Date(Date.now() + hour)
    const response = await schedule('editor', {
      records: [{ collection: 'platforms', id }],
      locales: ['de'],
      action: 'publish',
      at: at.toISOString(),
    })
    expect(response.status).toBe(201)
    const [item] = await list('editor')
    expect(item).toMatchObject({
      locale: 'de',
      record: String(id),
      title: '定时中心',
      by: (editor as unknown as { email: string }).email,
      state: 'pending',
    })

    await runAt(new Date(at.getTime() - 60_000))
    expect(await publicTitle('platforms', id, 'de')).toBe('not found')

    await runAt(new Date(at.getTime() + 60_000))
    expect(await publicTitle('platforms', id, 'de')).toBe('定时 Zentrum')
    // Only the locale scheduled: English is still a draft, Chinese as before.
    expect(await publicTitle('platforms', id, 'en')).toBe('not found')
    expect(await publicTitle('platforms', id, 'zh')).toBe('定时中心')
    expect((await list('editor')).some((entry) => entry.record === String(id))).toBe(false)
  })

  test('publishes several locales of several records together', async () => {
    const ids = [await platform('甲'), await platform('乙')]
    const at = new Date(Date.now() + 2 * hour)
    const response = await schedule('editor', {
      records: ids.map((id) => ({ collection: 'platforms', id })),
      locales: ['de', 'en'],
      action: 'publish',
      at: at.toISOString(),
    })
    expect(response.status).toBe(201)
    expect(response.json.scheduled).toHaveLength(4)

    await runAt(new Date(at.getTime() + 1000))
    expect(await publicTitle('platforms', ids[0]!, 'de')).toBe('甲 Zentrum')
    expect(await publicTitle('platforms', ids[0]!, 'en')).toBe('甲 Centre')
    expect(await publicTitle('platforms', ids[1]!, 'de')).toBe('乙 Zentrum')
    expect(await publicTitle('platforms', ids[1]!, 'en')).toBe('乙 Centre')
  })

  test('withdraws one locale at its time; the others stay public and the text is kept', async () => {
    const id = await platform('撤回')
    await setLocalePublished(
      { payload, user: editor as never },
      { collection: 'platforms', id, locale: 'de', published: true },
    )
    expect(await publicTitle('platforms', id, 'de')).toBe('撤回 Zentrum')
    const at = new Date(Date.now() + hour)
    expect(
      (
        await schedule('editor', {
          records: [{ collection: 'platforms', id }],
          locales: ['de'],
          action: 'withdraw',
          at: at.toISOString(),
        })
      ).status,
    ).toBe(201)

    await runAt(new Date(at.getTime() + 1000))
    expect(await publicTitle('platforms', id, 'de')).toBe('not found')
    expect(await publicTitle('platforms', id, 'zh')).toBe('撤回中心')
    const draft = await payload.findByID({
      collection: 'platforms',
      id,
      locale: 'de',
      draft: true,
      overrideAccess: true,
    })
    expect(draft.name).toBe('撤回 Zentrum')
  })

  test('withdraws, in every locale, the events whose editor chose so once they have ended', async () => {
    const start = new Date(Date.now() + day)
    const end = new Date(start.getTime() + day)
    const chosen = await event('论坛甲', { startDate: start, endDate: end }, true)
    const oneDay = await event('论坛乙', { startDate: start }, true)
    const kept = await event('论坛丙', { startDate: start, endDate: end }, false)

    // Payload queues the sweep from its schedule; run it while the events are still on.
    _internal_jobSystemGlobals.getCurrentDate = () => new Date(start.getTime() + hour)
    await payload.jobs.handleSchedules({ queue: publicationQueue })
    await runAt(new Date(start.getTime() + hour + 10 * 60_000))
    expect(await publicTitle('events', chosen, 'zh')).toBe('论坛甲')
    expect(await publicTitle('events', oneDay, 'de')).toBe('论坛乙 (de)')

    const after = new Date(end.getTime() + hour)
    _internal_jobSystemGlobals.getCurrentDate = () => after
    await payload.jobs.handleSchedules({ queue: publicationQueue })
    await runAt(new Date(after.getTime() + 10 * 60_000))
    for (const locale of ['zh', 'de'] as const) {
      expect(await publicTitle('events', chosen, locale)).toBe('not found')
      expect(await publicTitle('events', oneDay, locale)).toBe('not found')
    }
    expect(await publicTitle('events', kept, 'zh')).toBe('论坛丙')
    expect(await publicTitle('events', kept, 'de')).toBe('论坛丙 (de)')
    // Withdrawn, not deleted: the editor can publish it again.
    const stored = await payload.findByID({
      collection: 'events',
      id: chosen,
      locale: 'de',
      draft: true,
      overrideAccess: true,
    })
    expect(stored.title).toBe('论坛甲 (de)')
  })

  test('lets translators schedule, see and cancel their own locales only', async () => {
    const id = await platform('译员')
    const at = new Date(Date.now() + hour).toISOString()
    const records = [{ collection: 'platforms', id }]

    const foreign = await schedule('translator', {
      records,
      locales: ['en'],
      action: 'publish',
      at,
    })
    expect(foreign.status).toBe(403)
    expect(messageOf(foreign.json)).toContain('not en')

    const english = await schedule('editor', { records, locales: ['en'], action: 'publish', at })
    const own = await schedule('translator', { records, locales: ['de'], action: 'publish', at })
    expect(own.status).toBe(201)
    const seen = (await list('translator')).filter((item) => item.record === String(id))
    expect(seen.map((item) => item.locale)).toEqual(['de'])

    const [englishJob] = english.json.scheduled as unknown as Item[]
    expect((await cancel('translator', englishJob!.job)).status).toBe(403)
    const [germanJob] = own.json.scheduled as unknown as Item[]
    expect((await cancel('translator', germanJob!.job)).status).toBe(200)

    await runAt(new Date(Date.parse(at) + 1000))
    expect(await publicTitle('platforms', id, 'de')).toBe('not found')
    expect(await publicTitle('platforms', id, 'en')).toBe('译员 Centre')
  })

  test("runs a translator's publication by the translator's rules: a record no editor published fails and shows as failed", async () => {
    const doc = await payload.create({
      collection: 'platforms',
      locale: 'zh',
      draft: true,
      data: { name: '草稿中心', type: 'incubator', _status: 'draft' } as never,
      overrideAccess: true,
    })
    await onRecord(payload, 'platforms', doc.id).systemSave(
      'de',
      { name: 'Entwurfszentrum', _status: 'draft' },
      { draft: true },
    )
    const at = new Date(Date.now() + hour)
    const response = await schedule('translator', {
      records: [{ collection: 'platforms', id: doc.id }],
      locales: ['de'],
      action: 'publish',
      at: at.toISOString(),
    })
    expect(response.status).toBe(201)

    await runAt(new Date(at.getTime() + 1000))
    expect(await publicTitle('platforms', doc.id, 'de')).toBe('not found')
    const failed = (await list('editor')).find((item) => item.record === String(doc.id))
    expect(failed).toMatchObject({ state: 'failed', locale: 'de' })
    expect(failed?.error).toContain('editor')
  })

  test('cancels a scheduled publication: it never runs', async () => {
    const id = await platform('取消')
    const at = new Date(Date.now() + hour)
    const response = await schedule('editor', {
      records: [{ collection: 'platforms', id }],
      locales: ['de', 'en'],
      action: 'publish',
      at: at.toISOString(),
    })
    const items = response.json.scheduled as unknown as Item[]
    for (const item of items) expect((await cancel('editor', item.job)).status).toBe(200)
    expect((await list('editor')).some((item) => item.record === String(id))).toBe(false)
    expect((await cancel('editor', items[0]!.job)).status).toBe(404)

    await runAt(new Date(at.getTime() + 1000))
    expect(await publicTitle('platforms', id, 'de')).toBe('not found')
    expect(await publicTitle('platforms', id, 'en')).toBe('not found')
  })

  test('refuses bad input with a 4xx naming the problem, and queues nothing', async () => {
    const id = await platform('错误')
    const future = new Date(Date.now() + hour).toISOString()
    const records = [{ collection: 'platforms', id }]
    const before = await pendingJobs()

    const cases: [unknown, number, string][] = [
      [
        {
          records,
          locales: ['de'],
          action: 'publish',
          at: new Date(Date.now() - hour).toISOString(),
        },
        400,
        'past',
      ],
      [{ records, locales: ['fr'], action: 'publish', at: future }, 400, 'fr'],
      [{ records, locales: ['de'], action: 'publish', at: 'tomorrow' }, 400, '"at"'],
      [{ records, locales: ['de'], action: 'hide', at: future }, 400, '"action"'],
      [
        {
          records: [...records, { collection: 'platforms', id: 999_999 }],
          locales: ['de'],
          action: 'publish',
          at: future,
        },
        404,
        'platforms/999999',
      ],
      [
        { records: [{ collection: 'pages', id }], locales: ['de'], action: 'publish', at: future },
        400,
        'pages',
      ],
      [{ records: [], locales: ['de'], action: 'publish', at: future }, 400, 'record'],
    ]
    for (const [body, status, named] of cases) {
      const response = await schedule('editor', body)
      expect({ body, status: response.status }).toEqual({ body, status })
      expect(messageOf(response.json)).toContain(named)
    }
    const anonymous = await rest('POST', '/api/translation/schedule', {
      body: { records, locales: ['de'], action: 'publish', at: future },
    })
    expect(anonymous.status).toBe(401)
    expect((await cancel('editor', 'abc')).status).toBe(404)
    expect(await pendingJobs()).toBe(before)
  })

  test("runs the queue through the run endpoint for the app's runner and editors only", async () => {
    const id = await platform('运行')
    const at = new Date(Date.now() + hour)
    await schedule('editor', {
      records: [{ collection: 'platforms', id }],
      locales: ['de'],
      action: 'publish',
      at: at.toISOString(),
    })
    const path = `/api/payload-jobs/run?queue=${publicationQueue}`
    expect((await rest('GET', path)).status).toBe(401)
    expect((await rest('GET', path, { token: tokens.translator })).status).toBe(401)
    expect((await rest('GET', path, { headers: { [runnerTokenHeader]: 'guess' } })).status).toBe(
      401,
    )
    _internal_jobSystemGlobals.getCurrentDate = () => new Date(at.getTime() + 1000)
    const run = await rest('GET', path, { headers: { [runnerTokenHeader]: runnerToken() } })
    expect(run.status).toBe(200)
    expect(await publicTitle('platforms', id, 'de')).toBe('运行 Zentrum')
  })
})
