import { createLocalReq, type Payload } from 'payload'

import { setLocalePublished } from '@/translation/publishing'
import { parseXliff, writeXliff } from '@/translation/xliff'
import { exportXliff } from '@/translation/xliffExport'
import { importXliff } from '@/translation/xliffImport'
import { onWorkflowEvent, type WorkflowEventName } from '@/workflow/events'
import { reviewOverview } from '@/workflow/overview'
import { recordMachineDraft } from '@/workflow/review'

import { createUser, createUsers, type TestUser } from '../helpers/fixtures'
import { describeDatabase, useTestPayload } from '../helpers/payload'
import { paragraph as lexicalParagraph, richText, text } from '../helpers/lexical'
import { login, rest } from '../helpers/rest'

type Who = 'admin' | 'editor' | 'translator' | 'reviewer' | 'enReviewer' | 'translatorReviewer'
type Task = {
  id: number
  state: string
  assignee?: number | null
  dueDate?: string | null
  lastTranslator?: number | null
  reviewer?: number | null
  returnComment?: string | null
  approvedSources?: Record<string, string> | null
}

const messageOf = (json: object) =>
  String((json as { errors?: { message?: string }[] }).errors?.[0]?.message)

/** Rich text of one paragraph, its text in one run of the given format. */
const paragraph = (value: string, format = 0) => richText(lexicalParagraph(text(value, format)))

const day = 24 * 60 * 60 * 1000

/**
 * Issue #10, parts 1 and 2: each locale of a record moves through review by POST
 * /api/translation/review, checked for who may do what in which locale; a change of the source's
 * text reopens an approved locale, a change of its formatting does not; editors assign work with a
 * due date and everyone sees their queue.
 */
describeDatabase('per-locale review and assignments', () => {
  let payload: Payload
  const users = {} as Record<Who, TestUser>
  const tokens = {} as Record<Who, string>
  const events: { name: WorkflowEventName; event: Record<string, unknown> }[] = []
  const unsubscribe: (() => void)[] = []

  useTestPayload('review', async (booted) => {
    payload = booted
    const { admin, editor, translator } = await createUsers(payload)
    Object.assign(users, {
      admin,
      editor,
      translator,
      reviewer: await createUser(payload, ['reviewer'], ['de']),
      enReviewer: await createUser(payload, ['reviewer'], ['en']),
      translatorReviewer: await createUser(payload, ['translator', 'reviewer'], ['de']),
    })
    for (const who of Object.keys(users) as Who[]) {
      tokens[who] = await login((users[who] as unknown as { email: string }).email)
    }
    for (const name of [
      'assigned',
      'reviewRequested',
      'returned',
      'approved',
      'sourceChanged',
    ] as const) {
      unsubscribe.push(
        onWorkflowEvent(name, (event) => {
          events.push({ name, event: event as unknown as Record<string, unknown> })
        }),
      )
    }
  })
  afterAll(() => unsubscribe.forEach((stop) => stop()))

  const test = (name: string, body: () => Promise<void>) => it(name, body, 90_000)

  const review = (who: Who | null, body: unknown) =>
    rest('POST', '/api/translation/review', { body, token: who ? tokens[who] : undefined })
  const act = (who: Who, action: string, id: number | string, extra: object = {}) =>
    review(who, { action, locale: 'de', records: [{ collection: 'platforms', id }], ...extra })

  const taskOf = async (id: number | string, locale = 'de'): Promise<Task | undefined> => {
    const { docs } = await payload.find({
      collection: 'translation-tasks',
      where: { key: { equals: `platforms/${id}/${locale}` } },
      depth: 0,
      overrideAccess: true,
    })
    return docs[0] as unknown as Task | undefined
  }
  const allTasks = async () =>
    (
      await payload.find({
        collection: 'translation-tasks',
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
    ).docs

  let counter = 0
  /** A platform with a Chinese name and description, translated into German by `translator`. */
  const translatedPlatform = async (translator: Who = 'translator') => {
    counter += 1
    const record = await payload.create({
      collection: 'platforms',
      locale: 'zh',
      draft: true,
      data: {
        name: `德国中心 ${counter}`,
        description: paragraph('服务型平台'),
        type: 'incubator',
        slug: `review-${counter}`,
        _status: 'draft',
      } as never,
      user: users.editor,
      overrideAccess: false,
    })
    await saveGerman(record.id, `Deutsches Zentrum ${counter}`, translator)
    return record.id
  }
  const saveGerman = (id: number | string, name: string, who: Who = 'translator') =>
    payload.update({
      collection: 'platforms',
      id,
      locale: 'de',
      draft: true,
      data: { name, description: paragraph('Dienstleistungsplattform') } as never,
      user: users[who],
      overrideAccess: false,
    })
  const saveChinese = (id: number | string, data: Record<string, unknown>) =>
    payload.update({
      collection: 'platforms',
      id,
      locale: 'zh',
      draft: true,
      data: data as never,
      user: users.editor,
      overrideAccess: false,
    })
  /** A platform whose German an approved review has settled. */
  const approvedPlatform = async () => {
    const id = await translatedPlatform()
    expect((await act('translator', 'request-review', id)).status).toBe(200)
    expect((await act('reviewer', 'approve', id)).status).toBe(200)
    expect((await taskOf(id))?.state).toBe('approved')
    return id
  }

  test('a translator asks for review; a reviewer returns it with a comment, then approves; publishing makes it published', async () => {
    const id = await translatedPlatform()
    events.length = 0

    const started = await act('translator', 'start', id)
    expect(started.status).toBe(200)
    expect((await taskOf(id))?.state).toBe('in-translation')

    expect((await act('translator', 'request-review', id)).status).toBe(200)
    let task = await taskOf(id)
    expect(task?.state).toBe('in-review')
    expect(task?.lastTranslator).toBe(users.translator.id)

    const returned = await act('reviewer', 'return', id, { comment: 'Bitte „Zentrum“ prüfen.' })
    expect(returned.status).toBe(200)
    task = await taskOf(id)
    expect(task?.state).toBe('in-translation')
    expect(task?.returnComment).toBe('Bitte „Zentrum“ prüfen.')
    expect(task?.reviewer).toBe(users.reviewer.id)

    expect((await act('translator', 'request-review', id)).status).toBe(200)
    expect((await act('reviewer', 'approve', id)).status).toBe(200)
    task = await taskOf(id)
    expect(task?.state).toBe('approved')
    expect(task?.returnComment).toBeNull()
    expect(Object.keys(task?.approvedSources ?? {}).sort()).toEqual(['description', 'name'])

    // The audit trail names who returned and who approved, in which locale.
    const decisions = await payload.find({
      collection: 'audit-log',
      where: { recordId: { equals: String(id) }, action: { in: ['return', 'approve'] } },
      sort: 'at',
      depth: 0,
    })
    expect(decisions.docs.map((entry) => [entry.action, entry.user, entry.locales])).toEqual([
      ['return', users.reviewer.id, ['de']],
      ['approve', users.reviewer.id, ['de']],
    ])

    await setLocalePublished(
      { payload, user: users.editor as never },
      { collection: 'platforms', id, locale: 'de', published: true },
    )
    expect((await taskOf(id))?.state).toBe('published')
    await setLocalePublished(
      { payload, user: users.editor as never },
      { collection: 'platforms', id, locale: 'de', published: false },
    )
    expect((await taskOf(id))?.state).toBe('approved')

    expect(events.map(({ name }) => name)).toEqual([
      'reviewRequested',
      'returned',
      'reviewRequested',
      'approved',
    ])
    expect(events[1]?.event).toMatchObject({
      collection: 'platforms',
      recordId: String(id),
      locale: 'de',
      translator: users.translator.id,
      comment: 'Bitte „Zentrum“ prüfen.',
    })
  })

  test('machine pre-translation marks a machine draft only where nobody has gone further', async () => {
    const fresh = await translatedPlatform()
    const req = await createLocalReq({}, payload)
    expect(
      (await recordMachineDraft(req, { collection: 'platforms', id: fresh }, 'de'))?.state,
    ).toBe('machine-draft')
    expect((await taskOf(fresh))?.state).toBe('machine-draft')
    const approved = await approvedPlatform()
    expect(
      await recordMachineDraft(req, { collection: 'platforms', id: approved }, 'de'),
    ).toBeNull()
    expect((await taskOf(approved))?.state).toBe('approved')
  })

  test('refuses the wrong role, the wrong locale, the wrong state and reviewing one’s own work', async () => {
    const id = await translatedPlatform()
    const before = await allTasks()
    expect(before.filter((task) => task.key === `platforms/${id}/de`)).toHaveLength(1)

    // Only reviewers decide; a translator cannot approve, not even from "in review".
    expect((await act('translator', 'request-review', id)).status).toBe(200)
    const own = await act('translator', 'approve', id)
    expect(own.status).toBe(403)
    // A reviewer of English may not review German.
    const english = await act('enReviewer', 'approve', id)
    expect(english.status).toBe(403)
    expect(messageOf(english.json)).toContain('de')
    // A German translator may not ask for review of English.
    const other = await review('translator', {
      action: 'request-review',
      locale: 'en',
      records: [{ collection: 'platforms', id }],
    })
    expect(other.status).toBe(403)
    // An editor assigns but does not approve (no reviewer role).
    expect((await act('editor', 'approve', id)).status).toBe(403)
    expect((await taskOf(id))?.state).toBe('in-review')

    // Approving twice: the second finds it approved already.
    expect((await act('reviewer', 'approve', id)).status).toBe(200)
    const again = await act('reviewer', 'approve', id)
    expect(again.status).toBe(409)
    expect(messageOf(again.json)).toContain('approved')
    // The translator's save made the record's one German task; no refusal added another.
    expect((await allTasks()).length).toBe(before.length)
  })

  test('a reviewer who translated the locale last may not decide on it, unless an admin allows it', async () => {
    const id = await translatedPlatform('translatorReviewer')
    expect((await act('translatorReviewer', 'request-review', id)).status).toBe(200)
    expect((await taskOf(id))?.lastTranslator).toBe(users.translatorReviewer.id)

    const own = await act('translatorReviewer', 'approve', id)
    expect(own.status).toBe(403)
    expect(messageOf(own.json)).toContain(`platforms/${id}`)
    expect((await act('translatorReviewer', 'return', id, { comment: 'x' })).status).toBe(403)
    expect((await taskOf(id))?.state).toBe('in-review')

    // Only an admin changes the setting.
    const denied = await rest('POST', '/api/globals/workflow-settings', {
      body: { allowSelfReview: true },
      token: tokens.editor,
    })
    expect(denied.status).toBe(403)
    const allowed = await rest('POST', '/api/globals/workflow-settings', {
      body: { allowSelfReview: true },
      token: tokens.admin,
    })
    expect(allowed.status).toBe(200)
    try {
      expect((await act('translatorReviewer', 'approve', id)).status).toBe(200)
      expect((await taskOf(id))?.state).toBe('approved')
    } finally {
      await payload.updateGlobal({
        slug: 'workflow-settings',
        data: { allowSelfReview: false },
        overrideAccess: true,
      })
    }

    // A reviewer who edits the German during review becomes its last translator.
    const second = await translatedPlatform()
    expect((await act('translator', 'request-review', second)).status).toBe(200)
    await saveGerman(second, 'Deutsches Zentrum (korrigiert)', 'translatorReviewer')
    expect((await taskOf(second))?.lastTranslator).toBe(users.translatorReviewer.id)
    expect((await act('translatorReviewer', 'approve', second)).status).toBe(403)
    expect((await act('reviewer', 'approve', second)).status).toBe(200)
  })

  test('whoever wrote a locale before any task existed, by a save or an XLIFF import, may not approve it', async () => {
    // A save: another translator's request for review keeps the one who wrote the text.
    const saved = await translatedPlatform('translatorReviewer')
    expect((await taskOf(saved))?.lastTranslator).toBe(users.translatorReviewer.id)
    expect((await act('translator', 'request-review', saved)).status).toBe(200)
    expect((await taskOf(saved))?.lastTranslator).toBe(users.translatorReviewer.id)
    expect((await act('translatorReviewer', 'approve', saved)).status).toBe(403)

    // An XLIFF import writes versions directly, without the collection's hooks.
    counter += 1
    const imported = await payload.create({
      collection: 'platforms',
      locale: 'zh',
      data: { name: `德国中心 ${counter}`, type: 'incubator', slug: `review-${counter}` } as never,
      overrideAccess: true,
    })
    const exported = parseXliff(
      (await exportXliff(payload, { locale: 'de', collections: ['platforms'] })).xml,
    )
    const units = exported.units.filter((unit) => unit.id.startsWith(`platforms/${imported.id}/`))
    expect(units.length).toBeGreaterThan(0)
    const xml = writeXliff({
      ...exported,
      units: units.map((unit) => ({
        ...unit,
        target: ['Deutsches Zentrum (importiert)'],
        state: 'translated' as const,
      })),
    })
    const req = await createLocalReq(
      { user: { ...users.translatorReviewer, collection: 'users' } as never },
      payload,
    )
    expect((await importXliff(req, xml)).updated).toBe(units.length)
    expect((await taskOf(imported.id))?.lastTranslator).toBe(users.translatorReviewer.id)
    expect((await act('translator', 'request-review', imported.id)).status).toBe(200)
    expect((await act('translatorReviewer', 'approve', imported.id)).status).toBe(403)
    expect((await act('reviewer', 'approve', imported.id)).status).toBe(200)
  })

  test('bad input is a 4xx naming the problem, and nothing is stored', async () => {
    const id = await translatedPlatform()
    const untranslated = (
      await payload.create({
        collection: 'platforms',
        locale: 'zh',
        data: { name: '未翻译', type: 'incubator', slug: 'review-untranslated' } as never,
        overrideAccess: true,
      })
    ).id
    const before = await allTasks()
    const record = [{ collection: 'platforms', id }]
    const cases: [string, Who | null, unknown, number, string][] = [
      ['no session', null, { action: 'start', locale: 'de', records: record }, 401, 'Sign in'],
      ['no body', 'translator', null, 400, 'Send JSON'],
      [
        'unknown action',
        'translator',
        { action: 'publish', locale: 'de', records: record },
        400,
        'publish',
      ],
      [
        'source locale',
        'translator',
        { action: 'start', locale: 'zh', records: record },
        400,
        'zh',
      ],
      [
        'unknown locale',
        'translator',
        { action: 'start', locale: 'fr', records: record },
        400,
        'fr',
      ],
      ['no records', 'translator', { action: 'start', locale: 'de', records: [] }, 400, 'records'],
      [
        'unknown collection',
        'translator',
        { action: 'start', locale: 'de', records: [{ collection: 'users', id }] },
        400,
        'users',
      ],
      [
        'malformed id',
        'translator',
        { action: 'start', locale: 'de', records: [{ collection: 'platforms', id: 'abc' }] },
        400,
        'abc',
      ],
      [
        'no such record',
        'translator',
        { action: 'start', locale: 'de', records: [{ collection: 'platforms', id: 999999 }] },
        404,
        '999999',
      ],
      [
        'return without a comment',
        'reviewer',
        { action: 'return', locale: 'de', records: record, comment: '  ' },
        400,
        'comment',
      ],
      [
        'a due date that is no date',
        'editor',
        {
          action: 'assign',
          locale: 'de',
          records: record,
          assignee: users.translator.id,
          dueDate: '2026-13-45',
        },
        400,
        '2026-13-45',
      ],
      [
        'an assignee without the locale',
        'editor',
        {
          action: 'assign',
          locale: 'en',
          records: record,
          assignee: users.translator.id,
          dueDate: '2027-01-01',
        },
        400,
        'en',
      ],
      [
        'an assignee who is no translator',
        'editor',
        { action: 'assign', locale: 'de', records: record, assignee: users.reviewer.id },
        400,
        String(users.reviewer.id),
      ],
      [
        'a translator assigning',
        'translator',
        { action: 'assign', locale: 'de', records: record, assignee: users.translator.id },
        403,
        'assign',
      ],
      [
        'review of an untranslated record',
        'translator',
        {
          action: 'request-review',
          locale: 'de',
          records: [{ collection: 'platforms', id: untranslated }],
        },
        409,
        'name',
      ],
      [
        // The first record could go to review, the second cannot: neither does.
        'one bad record among good ones',
        'translator',
        {
          action: 'request-review',
          locale: 'de',
          records: [...record, { collection: 'platforms', id: untranslated }],
        },
        409,
        String(untranslated),
      ],
    ]
    for (const [name, who, body, status, named] of cases) {
      const response = await review(who, body)
      expect({ name, status: response.status }).toEqual({ name, status })
      expect({ name, message: messageOf(response.json) }).toEqual({
        name,
        message: expect.stringContaining(named),
      })
    }
    expect(await allTasks()).toEqual(before)
  })

  test('a change of the source’s text reopens an approved locale with the diff; acknowledging settles it until the next change', async () => {
    const id = await approvedPlatform()
    events.length = 0

    await saveChinese(id, { name: '德国中心（新）' })
    const task = await taskOf(id)
    expect(task?.state).toBe('needs-review')
    expect(events.map(({ name }) => name)).toEqual(['sourceChanged'])
    expect(events[0]?.event).toMatchObject({ previousState: 'approved', fields: ['name'] })

    // The field diff of the translator's form, which the reviewer of the locale reads too.
    for (const who of ['translator', 'reviewer'] as const) {
      const source = await rest(
        'GET',
        `/api/translation/source?collection=platforms&id=${id}&locale=de`,
        { token: tokens[who] },
      )
      expect(source.status).toBe(200)
      expect(source.json.fields.name.state).toBe('outdated')
      expect(source.json.fields.name.diff).toEqual(
        expect.arrayContaining([expect.objectContaining({ change: 'added', text: '（新）' })]),
      )
    }
    // A reviewer of English does not.
    expect(
      (
        await rest('GET', `/api/translation/source?collection=platforms&id=${id}&locale=de`, {
          token: tokens.enReviewer,
        })
      ).status,
    ).toBe(403)

    // The translator may not acknowledge: that is the reviewer's (or an editor's) call.
    expect((await act('translator', 'acknowledge', id)).status).toBe(403)
    expect((await act('reviewer', 'acknowledge', id)).status).toBe(200)
    expect((await taskOf(id))?.state).toBe('approved')
    // Saving again without a change of text keeps it settled.
    await saveChinese(id, { name: '德国中心（新）' })
    expect((await taskOf(id))?.state).toBe('approved')
    await saveChinese(id, { name: '德国中心（再次更新）' })
    expect((await taskOf(id))?.state).toBe('needs-review')
    // From "needs review" the translator may take it up again.
    expect((await act('translator', 'start', id)).status).toBe(200)
    expect((await taskOf(id))?.state).toBe('in-translation')
  })

  test('formatting-only and whitespace-only source edits keep an approved locale approved and complete', async () => {
    const id = await approvedPlatform()
    events.length = 0

    // The same words with other spaces, and the same text in bold.
    await saveChinese(id, { name: `  ${(await chineseName(id)).replace(' ', '   ')} ` })
    await saveChinese(id, { description: paragraph('服务型平台', 1) })
    expect((await taskOf(id))?.state).toBe('approved')
    expect(events).toEqual([])

    const status = await rest('GET', '/api/translation/status?locale=de&collections=platforms', {
      token: tokens.translator,
    })
    const row = (
      status.json.records as { id: number; state: string; fields: Record<string, string> }[]
    ).find((record) => record.id === id)
    // Whitespace never made a translation outdated.
    expect(row?.fields.name).toBe('complete')

    await saveChinese(id, { description: paragraph('服务型创新平台', 1) })
    expect((await taskOf(id))?.state).toBe('needs-review')
  })

  const chineseName = async (id: number | string) =>
    String(
      (
        await payload.findByID({
          collection: 'platforms',
          id,
          locale: 'zh',
          draft: true,
          depth: 0,
          overrideAccess: true,
        })
      ).name,
    )

  test('editors assign work with a due date; each person sees their queue and what is overdue', async () => {
    const [late, onTime, other] = [
      await translatedPlatform(),
      await translatedPlatform(),
      await translatedPlatform(),
    ]
    events.length = 0
    const assign = (ids: (number | string)[], dueDate: string) =>
      review('editor', {
        action: 'assign',
        locale: 'de',
        records: ids.map((id) => ({ collection: 'platforms', id })),
        assignee: users.translator.id,
        dueDate,
      })
    const yesterday = new Date(Date.now() - day).toISOString().slice(0, 10)
    const nextWeek = new Date(Date.now() + 7 * day).toISOString().slice(0, 10)
    expect((await assign([late], yesterday)).status).toBe(200)
    expect((await assign([onTime, other], nextWeek)).status).toBe(200)
    expect((await taskOf(late))?.assignee).toBe(users.translator.id)
    expect(events.map(({ name }) => name)).toEqual(['assigned', 'assigned', 'assigned'])
    // The one with a past due date that gets approved is no longer overdue.
    expect((await act('translator', 'request-review', other)).status).toBe(200)
    expect((await act('reviewer', 'approve', other)).status).toBe(200)

    const mine = await rest('GET', '/api/translation/review?assignee=me', {
      token: tokens.translator,
    })
    expect(mine.status).toBe(200)
    const tasks = mine.json.tasks as { recordId: string; overdue: boolean; state: string }[]
    const byRecord = Object.fromEntries(tasks.map((task) => [task.recordId, task]))
    expect(byRecord[String(late)]?.overdue).toBe(true)
    expect(byRecord[String(onTime)]?.overdue).toBe(false)
    expect(byRecord[String(other)]?.state).toBe('approved')

    const all = await rest('GET', '/api/translation/review?locale=de', { token: tokens.editor })
    expect(all.status).toBe(200)
    const person = (all.json.people as { assignee: string; open: number; overdue: number }[]).find(
      (entry) => entry.assignee === String(users.translator.id),
    )
    expect(person).toMatchObject({ open: 2, overdue: 1 })
    expect(all.json.locales.de.settled).toBeGreaterThanOrEqual(1)

    // A German translator sees no English queue; a reviewer sees theirs.
    expect(
      (await rest('GET', '/api/translation/review?locale=en', { token: tokens.translator })).status,
    ).toBe(403)
    expect(
      (await rest('GET', '/api/translation/review?locale=de', { token: tokens.reviewer })).status,
    ).toBe(200)
    expect((await rest('GET', '/api/translation/review')).status).toBe(401)

    // The dashboard names each translator and each record.
    const overview = await reviewOverview(
      await createLocalReq({ user: users.editor as never, locale: 'zh' }, payload),
    )
    expect(overview.people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: (users.translator as unknown as { email: string }).email,
          open: 2,
          overdue: 1,
        }),
      ]),
    )
    expect(overview.titles[`platforms/${late}`]).toMatch(/^德国中心 \d+$/)
    const translatorView = await reviewOverview(
      await createLocalReq({ user: users.translator as never, locale: 'de' }, payload),
    )
    expect(translatorView.tasks.every((task) => task.locale === 'de')).toBe(true)
  })
})
