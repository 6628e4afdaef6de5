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

type Who = 'editor' | 'translator' | 'reviewer' | 'daily' | 'off'

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
})
