import type { Payload } from 'payload'

import { sendMailDigestsTaskSlug } from '@/notifications/sendMailDigestsTask'
import {
  digestQueue,
  notificationQueue,
  sendWorkflowMailTaskSlug,
} from '@/notifications/sendWorkflowMailTask'

import { createUser, type TestUser } from '../helpers/fixtures'
import { paragraph, richText, text } from '../helpers/lexical'
import { describeDatabase, useTestPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { startSmtp } from '../helpers/smtp'

type Who = 'editor' | 'translator' | 'reviewer' | 'daily' | 'off' | 'asker' | 'editor2'

const origin = 'http://cms.example.org'
const emailOf = (user: TestUser) => (user as unknown as { email: string }).email

/**
 * Issue #10, part 3: workflow events reach people by e-mail through the jobs queue, each as its
 * own job (the save never waits for SMTP), or once a day as a digest, or not at all.
 */
describeDatabase('workflow e-mail notifications', () => {
  let payload: Payload
  let smtp: Awaited<ReturnType<typeof startSmtp>>
  const users = {} as Record<Who, TestUser>
  const tokens = {} as Record<Who, string>

  beforeAll(async () => {
    smtp = await startSmtp()
    Object.assign(process.env, {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
      SMTP_FROM: 'cms@example.org',
      NEXT_PUBLIC_SERVER_URL: origin,
    })
  })

  useTestPayload('notifications', async (booted) => {
    payload = booted
    Object.assign(users, {
      editor: await createUser(payload, ['editor']),
      translator: await createUser(payload, ['translator'], ['de']),
      reviewer: await createUser(payload, ['reviewer'], ['de']),
      daily: await createUser(payload, ['translator'], ['de']),
      off: await createUser(payload, ['translator'], ['de']),
      asker: await createUser(payload, ['translator'], ['de']),
      editor2: await createUser(payload, ['editor']),
    })
    for (const who of Object.keys(users) as Who[]) tokens[who] = await login(emailOf(users[who]))
  })

  afterAll(async () => {
    await new Promise((resolve) => smtp?.server.close(() => resolve(undefined)))
  })

  const test = (name: string, body: () => Promise<void>) => it(name, body, 90_000)

  const mailsTo = (who: Who) => smtp.mails.filter((mail) => mail.to.includes(emailOf(users[who])))
  const mailJobs = async (queue: string) =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: {
          and: [{ queue: { equals: queue } }, { completedAt: { exists: false } }],
        },
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
    ).docs
  const runMails = () => payload.jobs.run({ queue: notificationQueue, limit: 100 })

  let counter = 0
  const platform = async () => {
    counter += 1
    const record = await payload.create({
      collection: 'platforms',
      locale: 'zh',
      draft: true,
      data: {
        name: `通知中心 ${counter}`,
        description: richText(paragraph(text('服务型平台'))),
        type: 'incubator',
        slug: `notify-${counter}`,
        _status: 'draft',
      } as never,
      user: users.editor,
      overrideAccess: false,
    })
    return record.id
  }
  const review = (who: Who, body: object) =>
    rest('POST', '/api/translation/review', { body, token: tokens[who] })
  const assign = (id: number | string, assignee: Who) =>
    review('editor', {
      action: 'assign',
      locale: 'de',
      records: [{ collection: 'platforms', id }],
      assignee: users[assignee].id,
      dueDate: '2027-01-15',
    })
  const setMode = async (who: Who, notifications: string) => {
    const response = await rest('PATCH', `/api/users/${users[who].id}`, {
      body: { notifications },
      token: tokens[who],
    })
    expect(response.status).toBe(200)
  }

  test('an assignment is queued as a job, not sent in the save; the job mails the assignee the record link', async () => {
    const id = await platform()
    expect((await assign(id, 'translator')).status).toBe(200)

    // Right after the save: one queued mail job for the assignee, and no mail.
    const queued = (await mailJobs(notificationQueue)).filter(
      (job) => job.taskSlug === sendWorkflowMailTaskSlug,
    )
    expect(queued.map((job) => (job.input as { recipient: unknown }).recipient)).toEqual([
      users.translator.id,
    ])
    expect(mailsTo('translator')).toHaveLength(0)

    await runMails()
    const mails = mailsTo('translator')
    expect(mails).toHaveLength(1)
    expect(mails[0]!.text).toContain(`${origin}/admin/collections/platforms/${id}?locale=de`)
    expect(mails[0]!.text).toContain('2027-01-15')
    expect(await mailJobs(notificationQueue)).toHaveLength(0)
  })

  test('a change of an approved source mails the translator the changed fields and the locale link', async () => {
    const id = await platform()
    const platformNumber = counter
    await payload.update({
      collection: 'platforms',
      id,
      locale: 'de',
      draft: true,
      data: {
        name: `Benachrichtigungszentrum ${id}`,
        description: richText(paragraph(text('Dienstleistungsplattform'))),
      } as never,
      user: users.translator,
      overrideAccess: false,
    })
    const act = (who: Who, action: string) =>
      review(who, { action, locale: 'de', records: [{ collection: 'platforms', id }] })
    expect((await act('translator', 'request-review')).status).toBe(200)
    expect((await act('reviewer', 'approve')).status).toBe(200)
    await runMails()
    // The reviewer heard of the request, the translator of the approval.
    expect(mailsTo('reviewer').some((mail) => mail.text.includes(`platforms ${id}`))).toBe(true)
    const before = mailsTo('translator').length
    expect(mailsTo('translator').at(-1)!.text).toContain('approved')

    await payload.update({
      collection: 'platforms',
      id,
      locale: 'zh',
      draft: true,
      data: { name: '通知中心（新）' } as never,
      user: users.editor,
      overrideAccess: false,
    })
    await runMails()
    const mails = mailsTo('translator').slice(before)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.text).toContain(`- name: 通知中心 ${platformNumber} → 通知中心（新）`)
    expect(mails[0]!.text).toContain(`${origin}/admin/collections/platforms/${id}?locale=de`)
  })

  test('a user who turned notifications off gets nothing: no job, no mail', async () => {
    await setMode('off', 'off')
    const id = await platform()
    expect((await assign(id, 'off')).status).toBe(200)
    expect(await mailJobs(notificationQueue)).toHaveLength(0)
    await runMails()
    expect(mailsTo('off')).toHaveLength(0)
  })

  test('a daily reader gets nothing at once and one digest with every item when the digest runs', async () => {
    await setMode('daily', 'daily')
    const first = await platform()
    const second = await platform()
    expect((await assign(first, 'daily')).status).toBe(200)
    expect((await assign(second, 'daily')).status).toBe(200)
    expect(await mailJobs(digestQueue)).toHaveLength(2)
    await runMails()
    expect(mailsTo('daily')).toHaveLength(0)

    await payload.jobs.queue({ task: sendMailDigestsTaskSlug, input: {}, queue: notificationQueue })
    await runMails()
    const mails = mailsTo('daily')
    expect(mails).toHaveLength(1)
    for (const id of [first, second])
      expect(mails[0]!.text).toContain(`${origin}/admin/collections/platforms/${id}?locale=de`)
    expect(await mailJobs(digestQueue)).toHaveLength(0)

    // The next digest has nothing to say.
    await payload.jobs.queue({ task: sendMailDigestsTaskSlug, input: {}, queue: notificationQueue })
    await runMails()
    expect(mailsTo('daily')).toHaveLength(1)
  })

  test('a user may set their own notifications but still not their roles or locales', async () => {
    const response = await rest('PATCH', `/api/users/${users.translator.id}`, {
      body: { notifications: 'daily', roles: ['admin'], locales: ['de', 'en'] },
      token: tokens.translator,
    })
    expect(response.status).toBe(200)
    const stored = await payload.findByID({
      collection: 'users',
      id: users.translator.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({ notifications: 'daily', roles: ['translator'], locales: ['de'] })
    await setMode('translator', 'immediately')
  })

  const comment = async (who: Who, body: object) => {
    const response = await rest('POST', '/api/translation-comments', { body, token: tokens[who] })
    expect(response.status).toBe(201)
    return (response.json as { doc: { id: number | string } }).doc.id
  }
  const question = (who: Who, id: number | string, body: string) =>
    comment(who, {
      collection: 'platforms',
      recordId: String(id),
      field: 'name',
      locale: 'de',
      body,
    })
  const since = (who: Who, before: number) => mailsTo(who).slice(before)
  const counts = () =>
    Object.fromEntries(
      (Object.keys(users) as Who[]).map((who) => [who, mailsTo(who).length]),
    ) as Record<Who, number>

  test("a translator's question is queued, then mails the editors and the locale's assignee the question and the field's link; not the asker, not reviewers", async () => {
    const id = await platform()
    expect((await assign(id, 'translator')).status).toBe(200)
    await runMails()
    const before = counts()

    await question('asker', id, 'Heißt 平台 hier Plattform oder Zentrum?')
    // Queued with the comment, not sent inside the request that stored it.
    const queued = (await mailJobs(notificationQueue)).map(
      (job) => (job.input as { recipient: unknown }).recipient,
    )
    expect(queued.map(String).sort()).toEqual(
      [users.editor.id, users.editor2.id, users.translator.id].map(String).sort(),
    )
    expect(since('editor', before.editor)).toHaveLength(0)

    await runMails()
    for (const who of ['editor', 'editor2', 'translator'] as const) {
      const mails = since(who, before[who])
      expect(mails).toHaveLength(1)
      expect(mails[0]!.text).toContain('Heißt 平台 hier Plattform oder Zentrum?')
      expect(mails[0]!.text).toContain('"name"')
      expect(mails[0]!.text).toContain(`${origin}/admin/collections/platforms/${id}?locale=de`)
    }
    expect(since('asker', before.asker)).toHaveLength(0)
    expect(since('reviewer', before.reviewer)).toHaveLength(0)
  })

  test('an answer mails the asker (and whoever else wrote in the thread), never the one who answers', async () => {
    const id = await platform()
    const thread = await question('asker', id, 'Welche Schreibweise für Taicang?')
    await runMails()
    const before = counts()

    await comment('editor', { thread, body: 'Taicang, ohne Bindestrich.' })
    await runMails()
    const answered = since('asker', before.asker)
    expect(answered).toHaveLength(1)
    expect(answered[0]!.text).toContain('Taicang, ohne Bindestrich.')
    expect(answered[0]!.text).toContain(`${origin}/admin/collections/platforms/${id}?locale=de`)
    expect(since('editor', before.editor)).toHaveLength(0)
    // An answer is for the thread's people, not every editor.
    expect(since('editor2', before.editor2)).toHaveLength(0)

    // The asker's follow-up reaches the editor who answered.
    await comment('asker', { thread, body: 'Danke!' })
    await runMails()
    expect(since('editor', before.editor).map((mail) => mail.text)).toEqual([
      expect.stringContaining('Danke!'),
    ])
    expect(since('asker', before.asker)).toHaveLength(1)
  })

  test("an asker's own setting holds for answers: daily waits for the digest, off sends nothing", async () => {
    const id = await platform()
    const thread = await question('asker', id, 'Ist „Gründerzentrum“ richtig?')
    await runMails()
    const before = counts()

    await setMode('asker', 'daily')
    await comment('editor', { thread, body: 'Ja, so steht es im Glossar.' })
    expect(
      (await mailJobs(digestQueue)).map((job) =>
        String((job.input as { recipient: unknown }).recipient),
      ),
    ).toEqual([String(users.asker.id)])
    await runMails()
    expect(since('asker', before.asker)).toHaveLength(0)
    await payload.jobs.queue({ task: sendMailDigestsTaskSlug, input: {}, queue: notificationQueue })
    await runMails()
    expect(since('asker', before.asker).map((mail) => mail.text)).toEqual([
      expect.stringContaining('Ja, so steht es im Glossar.'),
    ])

    await setMode('asker', 'off')
    await comment('editor', { thread, body: 'Nachtrag: auch im Titel.' })
    expect(await mailJobs(notificationQueue)).toHaveLength(0)
    expect(await mailJobs(digestQueue)).toHaveLength(0)
    await runMails()
    expect(since('asker', before.asker)).toHaveLength(1)
    await setMode('asker', 'immediately')
  })
})
