import type { Payload } from 'payload'

import { openCommentsPerLocale } from '@/workflow/openComments'
import { onWorkflowEvent } from '@/workflow/events'

import { statusOf } from '../helpers/errors'
import { createRecord, createUser, createUsers, type TestUser } from '../helpers/fixtures'
import { describeDatabase, useTestPayload } from '../helpers/payload'
import { graphql, login, rest } from '../helpers/rest'

type Who =
  'admin' | 'editor' | 'translator' | 'otherTranslator' | 'enTranslator' | 'reviewer' | 'enReviewer'
type Comment = {
  id: number | string
  collection: string
  recordId: string
  field: string
  locale: string
  body: string
  author: number | string | { id: number | string }
  thread?: number | string | null
  resolved?: boolean | null
  resolvedBy?: number | string | null
  resolvedAt?: string | null
}

const messageOf = (json: object) =>
  String((json as { errors?: { message?: string }[] }).errors?.[0]?.message ?? '')
const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id: unknown }).id : value

/**
 * Issue #10, part 4: comments on a field × locale. A translator asks, an editor answers, someone
 * resolves; each role reads and writes only where the rules let it, whatever the API, and bad input
 * is refused by name with nothing stored.
 */
describeDatabase('comments on a field and locale', () => {
  let payload: Payload
  let recordId: string
  const users = {} as Record<Who, TestUser>
  const tokens = {} as Record<Who, string>
  const commented: Record<string, unknown>[] = []
  let stopListening = () => {}

  useTestPayload('comments', async (booted) => {
    payload = booted
    const { admin, editor, translator } = await createUsers(payload)
    Object.assign(users, {
      admin,
      editor,
      translator,
      otherTranslator: await createUser(payload, ['translator'], ['de']),
      enTranslator: await createUser(payload, ['translator'], ['en']),
      reviewer: await createUser(payload, ['reviewer'], ['de']),
      enReviewer: await createUser(payload, ['reviewer'], ['en']),
    })
    for (const who of Object.keys(users) as Who[]) {
      tokens[who] = await login((users[who] as unknown as { email: string }).email)
    }
    recordId = String((await createRecord(payload, 'platforms')).id)
    stopListening = onWorkflowEvent('commented', (event) => {
      commented.push(event as unknown as Record<string, unknown>)
    })
  })
  afterAll(() => stopListening())

  const test = (name: string, body: () => Promise<void>) => it(name, body, 90_000)

  const post = (who: Who | null, body: Record<string, unknown>) =>
    rest('POST', '/api/translation-comments', { body, token: who ? tokens[who] : undefined })
  const patch = (who: Who | null, id: number | string, body: Record<string, unknown>) =>
    rest('PATCH', `/api/translation-comments/${id}`, {
      body,
      token: who ? tokens[who] : undefined,
    })
  const ask = async (who: Who, locale = 'de', body = 'Was ist hier gemeint?', field = 'name') => {
    const response = await post(who, { collection: 'platforms', recordId, field, locale, body })
    expect({ status: response.status, message: messageOf(response.json) }).toMatchObject({
      status: 201,
    })
    return (response.json as { doc: Comment }).doc
  }
  const stored = (id: number | string) =>
    payload.findByID({
      collection: 'translation-comments',
      id,
      depth: 0,
      overrideAccess: true,
    }) as unknown as Promise<Comment>
  const count = async () =>
    (await payload.count({ collection: 'translation-comments', overrideAccess: true })).totalDocs
  const readableIds = async (who: Who) => {
    const response = await rest('GET', '/api/translation-comments?limit=100&depth=0', {
      token: tokens[who],
    })
    expect(response.status).toBe(200)
    return (response.json as { docs: Comment[] }).docs.map((doc) => String(doc.id))
  }

  test('a translator asks, an editor answers, the translator resolves; the dashboard follows', async () => {
    const question = await ask('translator', 'de', '  Ist „Zentrum“ hier richtig?  ')
    expect(question).toMatchObject({
      collection: 'platforms',
      recordId,
      field: 'name',
      locale: 'de',
      body: 'Ist „Zentrum“ hier richtig?',
      resolved: false,
    })
    expect(String(idOf(question.author))).toBe(String(users.translator.id))
    expect(commented.at(-1)).toMatchObject({
      collection: 'platforms',
      recordId,
      locale: 'de',
      field: 'name',
      thread: null,
      by: users.translator.id,
    })

    let open = await openCommentsPerLocale(payload, users.editor)
    expect(open.de.map((thread) => String(thread.id))).toContain(String(question.id))

    // The reply names only its thread: where it belongs comes from the question.
    const reply = await post('editor', { thread: question.id, body: 'Ja, so heißt es offiziell.' })
    expect({ status: reply.status, message: messageOf(reply.json) }).toEqual({
      status: 201,
      message: '',
    })
    const answer = (reply.json as { doc: Comment }).doc
    expect(answer).toMatchObject({ collection: 'platforms', recordId, field: 'name', locale: 'de' })
    expect(String(idOf(answer.thread))).toBe(String(question.id))
    expect(String(idOf(answer.author))).toBe(String(users.editor.id))
    expect(commented.at(-1)).toMatchObject({ thread: String(question.id), by: users.editor.id })

    // A reply is not a thread of its own on the dashboard.
    open = await openCommentsPerLocale(payload, users.editor)
    expect(open.de.map((thread) => String(thread.id))).not.toContain(String(answer.id))

    const resolved = await patch('translator', question.id, { resolved: true })
    expect(resolved.status).toBe(200)
    const after = await stored(question.id)
    expect(after.resolved).toBe(true)
    expect(String(after.resolvedBy)).toBe(String(users.translator.id))
    expect(Date.now() - Date.parse(String(after.resolvedAt))).toBeLessThan(60_000)

    open = await openCommentsPerLocale(payload, users.editor)
    expect(open.de.map((thread) => String(thread.id))).not.toContain(String(question.id))
  })

  test('the author, the resolver and the time are the server’s, never the client’s', async () => {
    const response = await post('translator', {
      collection: 'platforms',
      recordId,
      field: 'name',
      locale: 'de',
      body: 'Wer hat das geschrieben?',
      author: users.editor.id,
      resolved: true,
      resolvedBy: users.editor.id,
      resolvedAt: '2020-01-01T00:00:00.000Z',
    })
    expect(response.status).toBe(201)
    const doc = await stored((response.json as { doc: Comment }).doc.id)
    expect(String(doc.author)).toBe(String(users.translator.id))
    expect(doc.resolved).toBe(false)
    expect(doc.resolvedBy ?? null).toBeNull()
    expect(doc.resolvedAt ?? null).toBeNull()
  })

  test('each role reads the comments of its own locales only; anonymous reads nothing', async () => {
    const de = await ask('translator', 'de', 'Deutsche Frage')
    const en = await ask('editor', 'en', 'English question')
    for (const who of ['translator', 'reviewer', 'otherTranslator'] as const) {
      const ids = await readableIds(who)
      expect({ who, de: ids.includes(String(de.id)) }).toEqual({ who, de: true })
      expect({ who, en: ids.includes(String(en.id)) }).toEqual({ who, en: false })
    }
    for (const who of ['enTranslator', 'enReviewer'] as const) {
      const ids = await readableIds(who)
      expect({ who, de: ids.includes(String(de.id)), en: ids.includes(String(en.id)) }).toEqual({
        who,
        de: false,
        en: true,
      })
    }
    for (const who of ['editor', 'admin'] as const) {
      const ids = await readableIds(who)
      expect(ids).toEqual(expect.arrayContaining([String(de.id), String(en.id)]))
    }

    const anonymous = await rest('GET', '/api/translation-comments')
    expect(anonymous.status).toBe(403)
    expect((await rest('GET', `/api/translation-comments/${de.id}`)).status).toBeGreaterThanOrEqual(
      400,
    )
    const query = await graphql('{ TranslationComments { docs { id body } } }')
    expect(JSON.stringify(query.json)).not.toContain('Deutsche Frage')
    expect(
      await statusOf(payload.find({ collection: 'translation-comments', overrideAccess: false })),
    ).toBe(403)

    const translatorsView = await openCommentsPerLocale(payload, users.translator)
    expect(translatorsView.en).toEqual([])
    expect(translatorsView.de.map((thread) => String(thread.id))).toContain(String(de.id))
    const enView = await openCommentsPerLocale(payload, users.enReviewer)
    expect(enView.de).toEqual([])
    expect(enView.en.map((thread) => String(thread.id))).toContain(String(en.id))
  })

  test('who may ask where: translators and reviewers in their locales, editors anywhere, anonymous nowhere', async () => {
    await ask('reviewer', 'de', 'Frage der Korrektorin')
    await ask('editor', 'en', 'Editor asks in English')
    await ask('enTranslator', 'en', 'Translator asks in English')

    for (const [who, locale] of [
      ['translator', 'en'],
      ['enReviewer', 'de'],
      ['translator', 'zh'],
    ] as const) {
      const before = await count()
      const response = await post(who, {
        collection: 'platforms',
        recordId,
        field: 'name',
        locale,
        body: 'Darf ich?',
      })
      expect({ who, locale, status: response.status }).toEqual({ who, locale, status: 403 })
      expect(messageOf(response.json)).toContain(`"${locale}"`)
      expect(await count()).toBe(before)
    }

    const before = await count()
    const anonymous = await post(null, {
      collection: 'platforms',
      recordId,
      field: 'name',
      locale: 'de',
      body: 'Anonym',
    })
    expect(anonymous.status).toBe(403)
    const mutation = await graphql(
      `mutation { createTranslationComment(data: { collection: platforms, recordId: "${recordId}", field: "name", locale: de, body: "Anonym" }) { id } }`,
    )
    expect(JSON.stringify(mutation.json)).not.toContain('"id"')
    expect(
      await statusOf(
        payload.create({
          collection: 'translation-comments',
          data: {
            collection: 'platforms',
            recordId,
            field: 'name',
            locale: 'de',
            body: 'x',
          } as never,
          overrideAccess: false,
        }),
      ),
    ).toBe(403)
    // A reply in another locale's thread is refused like a question there.
    const english = await ask('editor', 'en', 'English thread')
    const reply = await post('translator', { thread: english.id, body: 'Antwort' })
    expect(reply.status).toBe(403)
    expect(await count()).toBe(before + 1)
  })

  test('only the author changes a comment’s text; its place and thread never change', async () => {
    const question = await ask('translator', 'de', 'Ursprünglicher Text')
    const byEditor = await patch('editor', question.id, { body: 'Vom Redakteur geändert' })
    expect(byEditor.status).toBe(403)
    expect(messageOf(byEditor.json)).toMatch(/author/i)
    const byColleague = await patch('otherTranslator', question.id, { body: 'Kollege' })
    expect(byColleague.status).toBe(403)
    expect((await stored(question.id)).body).toBe('Ursprünglicher Text')

    const byAuthor = await patch('translator', question.id, { body: 'Korrigierter Text' })
    expect(byAuthor.status).toBe(200)
    expect((await stored(question.id)).body).toBe('Korrigierter Text')

    for (const [name, value] of [
      ['locale', 'en'],
      ['field', 'description'],
      ['author', users.editor.id],
    ] as const) {
      const moved = await patch('translator', question.id, { [name]: value })
      expect({ name, status: moved.status }).toEqual({ name, status: 400 })
      expect(messageOf(moved.json)).toContain(`"${name}"`)
    }
    expect(await stored(question.id)).toMatchObject({
      locale: 'de',
      field: 'name',
      body: 'Korrigierter Text',
    })
    expect(String((await stored(question.id)).author)).toBe(String(users.translator.id))
    // Someone who cannot read the comment cannot change it either.
    expect([403, 404]).toContain((await patch('enTranslator', question.id, { body: 'x' })).status)
    expect((await patch(null, question.id, { body: 'x' })).status).toBe(403)
  })

  test('editors and the thread’s starter resolve; a colleague, a replier or a reply cannot', async () => {
    const question = await ask('translator', 'de', 'Wer darf erledigen?')
    const replied = await post('otherTranslator', { thread: question.id, body: 'Ich weiß es' })
    expect(replied.status).toBe(201)
    const reply = (replied.json as { doc: Comment }).doc

    const byColleague = await patch('otherTranslator', question.id, { resolved: true })
    expect(byColleague.status).toBe(403)
    expect((await patch('reviewer', question.id, { resolved: true })).status).toBe(403)
    expect((await stored(question.id)).resolved).toBe(false)
    const onReply = await patch('editor', reply.id, { resolved: true })
    expect(onReply.status).toBe(400)
    expect((await stored(reply.id)).resolved).toBe(false)

    expect((await patch('editor', question.id, { resolved: true })).status).toBe(200)
    const resolved = await stored(question.id)
    expect(resolved.resolved).toBe(true)
    expect(String(resolved.resolvedBy)).toBe(String(users.editor.id))
    // The starter may reopen it; reopening clears who resolved it.
    expect((await patch('translator', question.id, { resolved: false })).status).toBe(200)
    expect(await stored(question.id)).toMatchObject({ resolved: false, resolvedBy: null })
  })

  test('only admins delete comments', async () => {
    const question = await ask('translator', 'de', 'Zum Löschen')
    for (const who of ['translator', 'editor', 'reviewer'] as const) {
      const response = await rest('DELETE', `/api/translation-comments/${question.id}`, {
        token: tokens[who],
      })
      expect({ who, status: response.status }).toEqual({ who, status: 403 })
    }
    expect((await rest('DELETE', `/api/translation-comments/${question.id}`)).status).toBe(403)
    expect(await stored(question.id)).toBeTruthy()
    const byAdmin = await rest('DELETE', `/api/translation-comments/${question.id}`, {
      token: tokens.admin,
    })
    expect(byAdmin.status).toBe(200)
    expect(await statusOf(stored(question.id))).toBe(404)
  })

  test('bad input is refused by name and nothing is stored', async () => {
    const valid = { collection: 'platforms', recordId, field: 'name', locale: 'de', body: 'Gut' }
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['unknown collection', { ...valid, collection: 'users' }, /"users"/],
      ['no collection', { ...valid, collection: undefined }, /content type/i],
      ['unknown field', { ...valid, field: 'nope' }, /"nope"/],
      ['shared field', { ...valid, field: 'type' }, /"type"/],
      ['unknown locale', { ...valid, locale: 'fr' }, /"fr"/],
      ['missing record', { ...valid, recordId: '999999' }, /"999999"/],
      ['malformed record id', { ...valid, recordId: 'abc' }, /"abc"/],
      ['empty body', { ...valid, body: '   ' }, /empty/i],
      ['no body', { ...valid, body: undefined }, /empty/i],
      ['body too long', { ...valid, body: 'x'.repeat(2001) }, /2000/],
      ['unknown thread', { thread: 999999, body: 'Antwort' }, /999999/],
    ]
    const before = await count()
    for (const [name, body, message] of cases) {
      const response = await post('editor', body)
      expect({ name, status: response.status }).toEqual({ name, status: 400 })
      expect({ name, message: messageOf(response.json) }).toEqual({
        name,
        message: expect.stringMatching(message),
      })
    }
    // A reply to a reply would nest threads: refused.
    const question = await ask('translator', 'de', 'Frage')
    const reply = await post('editor', { thread: question.id, body: 'Antwort' })
    expect(reply.status).toBe(201)
    const nested = await post('translator', {
      thread: (reply.json as { doc: Comment }).doc.id,
      body: 'Antwort auf Antwort',
    })
    expect(nested.status).toBe(400)
    expect(await count()).toBe(before + 2)
  })
})
