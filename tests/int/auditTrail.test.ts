import {
  _internal_jobSystemGlobals,
  _internal_resetJobSystemGlobals,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'

import { parseXliff, writeXliff } from '@/translation/xliff'
import { exportXliff } from '@/translation/xliffExport'
import { importXliff } from '@/translation/xliffImport'
import { setLocalePublished } from '@/translation/publishing'
import { publicationQueue } from '@/translation/scheduledPublishing'

import { statusOf } from '../helpers/errors'
import { createUsers, type TestUser } from '../helpers/fixtures'
import { describeDatabase, useTestPayload } from '../helpers/payload'
import { graphql, login, rest } from '../helpers/rest'

type Entry = {
  id: number | string
  at: string
  user?: number | string | null
  userEmail?: string | null
  userRoles?: string | null
  action: string
  recordCollection?: string | null
  recordId?: string | null
  locales?: string[] | null
  detail?: Record<string, unknown> | null
}

/**
 * Issue #10, part 6: the audit trail. Each action a person (or a job acting for one) takes is
 * recorded with who, which locale and when, in the transaction of the change; refused and
 * rolled-back changes leave nothing; only admins read it, nobody changes it; admins export it as CSV.
 */
describeDatabase('audit trail', () => {
  let payload: Payload
  let admin: TestUser
  let editor: TestUser
  let translator: TestUser
  const tokens = { admin: '', editor: '', translator: '' }
  const email = (user: TestUser) => (user as unknown as { email: string }).email

  useTestPayload('audit', async (booted) => {
    payload = booted
    ;({ admin, editor, translator } = await createUsers(payload))
    tokens.admin = await login(email(admin))
    tokens.editor = await login(email(editor))
    tokens.translator = await login(email(translator))
  })

  afterEach(() => _internal_resetJobSystemGlobals())

  /** Each test saves and reads several times: more than jest's 5 s on a busy machine. */
  const test = (name: string, body: () => Promise<void>) => it(name, body, 90_000)

  const all = async (where: Where = {}): Promise<Entry[]> =>
    (
      await payload.find({
        collection: 'audit-log',
        where,
        sort: 'id',
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
    ).docs as unknown as Entry[]

  /** The entries written after `mark` (an id from lastId()). */
  const since = async (mark: number | string) => all({ id: { greater_than: mark } })
  const lastId = async () => (await all()).at(-1)?.id ?? 0

  const newPlatform = async (name: string) =>
    (
      await payload.create({
        collection: 'platforms',
        locale: 'zh',
        draft: true,
        data: { name, type: 'incubator', _status: 'draft' } as never,
        user: editor,
        overrideAccess: false,
      })
    ).id

  const save = (
    id: number | string,
    locale: 'zh' | 'de' | 'en',
    name: string,
    user: TestUser,
    publish = false,
  ) =>
    payload.update({
      collection: 'platforms',
      id,
      locale,
      draft: !publish,
      data: { name, _status: publish ? 'published' : 'draft' } as never,
      user,
      overrideAccess: false,
    })

  test('records create, draft saves, per-locale publish and withdraw, and delete, with who, which locale and when', async () => {
    const start = Date.now()
    const mark = await lastId()
    const id = await newPlatform('审计平台')
    await save(id, 'de', 'Audit-Plattform', translator)
    await save(id, 'zh', '审计平台', editor, true)
    await setLocalePublished(
      await createLocalReq({ user: { ...editor, collection: 'users' } as never }, payload),
      { collection: 'platforms', id, locale: 'zh', published: false },
    )
    await payload.delete({ collection: 'platforms', id, user: editor, overrideAccess: false })

    const entries = await since(mark)
    expect(entries.map(({ action, locales }) => [action, locales])).toEqual([
      ['create', ['zh']],
      ['save-draft', ['de']],
      ['publish', ['zh']],
      ['withdraw', ['zh']],
      ['delete', []],
    ])
    for (const entry of entries) {
      expect(entry.recordCollection).toBe('platforms')
      expect(entry.recordId).toBe(String(id))
      const at = new Date(entry.at).getTime()
      expect(at).toBeGreaterThanOrEqual(start - 1000)
      expect(at).toBeLessThanOrEqual(Date.now() + 1000)
    }
    const [, draft, published] = entries
    expect(draft).toMatchObject({
      user: translator.id,
      userEmail: email(translator),
      userRoles: 'translator',
      detail: { fields: ['name'] },
    })
    expect(published).toMatchObject({ user: editor.id, userRoles: 'editor' })
    // Field paths only, never the text itself.
    expect(JSON.stringify(entries)).not.toContain('Audit-Plattform')
  })

  test("a translator's publish is one entry, though it also writes the editor's shared draft back", async () => {
    const id = await newPlatform('共享平台')
    await save(id, 'zh', '共享平台', editor, true)
    await payload.update({
      collection: 'platforms',
      id,
      locale: 'zh',
      draft: true,
      data: { type: 'innovation-centre', _status: 'draft' } as never,
      user: editor,
      overrideAccess: false,
    })
    const mark = await lastId()
    await save(id, 'de', 'Geteilte Plattform', translator, true)
    const entries = await since(mark)
    expect(entries.map(({ action, locales, user }) => [action, locales, user])).toEqual([
      ['publish', ['de'], translator.id],
    ])
    // The editor's draft of the shared field is still the draft: the write-back happened.
    const draft = await payload.findByID({ collection: 'platforms', id, draft: true, depth: 0 })
    expect(draft.type).toBe('innovation-centre')
  })

  test('a refused save (403) records nothing', async () => {
    const id = await newPlatform('拒绝平台')
    const mark = await lastId()
    // The German translator may not write English.
    expect(await statusOf(save(id, 'en', 'Refused', translator))).toBe(403)
    const refused = await rest('PATCH', `/api/platforms/${id}?locale=en`, {
      body: { name: 'Refused' },
      token: tokens.translator,
    })
    expect(refused.status).toBe(403)
    expect(await since(mark)).toEqual([])
  })

  test('a save rolled back with its transaction leaves no entry', async () => {
    const id = await newPlatform('回滚平台')
    const mark = await lastId()
    const req = (await createLocalReq(
      { user: { ...editor, collection: 'users' } as never },
      payload,
    )) as PayloadRequest
    await initTransaction(req)
    await payload.update({
      collection: 'platforms',
      id,
      locale: 'zh',
      draft: true,
      data: { name: '回滚', _status: 'draft' } as never,
      user: editor,
      overrideAccess: false,
      req,
    })
    // Inside the transaction the entry is there…
    const inside = await payload.find({
      collection: 'audit-log',
      where: { id: { greater_than: mark } },
      overrideAccess: true,
      req,
    })
    expect(inside.docs.map((doc) => doc.action)).toEqual(['save-draft'])
    await killTransaction(req)
    // …and goes with the save.
    expect(await since(mark)).toEqual([])
  })

  test('an XLIFF import is one entry with its counts, and its saves none of their own', async () => {
    const id = await newPlatform('导入平台')
    const exported = parseXliff(
      (await exportXliff(payload, { locale: 'de', collections: ['platforms'] })).xml,
    )
    const units = exported.units.filter((unit) => unit.id === `platforms/${id}/name`)
    expect(units).toHaveLength(1)
    units[0]!.target = ['Import-Plattform']
    const req = await createLocalReq(
      { user: { ...translator, collection: 'users' } as never },
      payload,
    )
    const mark = await lastId()
    const summary = await importXliff(req, writeXliff({ ...exported, units }))
    expect(summary).toMatchObject({ updated: 1, errors: [] })
    const entries = await since(mark)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      action: 'import-xliff',
      recordCollection: 'platforms',
      locales: ['de'],
      user: translator.id,
      detail: { records: 1, units: { updated: 1, unchanged: 0 }, conflicts: 0 },
    })
  })

  test('a spreadsheet import is one entry with its counts', async () => {
    const mark = await lastId()
    const csv =
      '\uFEFFslug,name_zh,yearArrived\r\naudit-sheet-one,审计企业一,2001\r\naudit-sheet-two,审计企业二,2002\r\n'
    const response = await rest('POST', '/api/import/enterprises?apply=1', {
      raw: new TextEncoder().encode(csv),
      contentType: 'application/octet-stream',
      token: tokens.editor,
    })
    expect(response.status).toBe(200)
    const entries = await since(mark)
    expect(entries.map((entry) => entry.action)).toEqual(['import-sheet'])
    expect(entries[0]).toMatchObject({
      recordCollection: 'enterprises',
      locales: ['zh'],
      user: editor.id,
      detail: { mode: 'draft', created: 2, updated: 0 },
    })
  })

  test('scheduling, and the scheduled publication when it runs, as the user who scheduled it', async () => {
    const id = await newPlatform('定时审计')
    await save(id, 'zh', '定时审计', editor, true)
    await save(id, 'de', 'Geplante Prüfung', translator)
    const mark = await lastId()
    const at = new Date(Date.now() + 60 * 60 * 1000)
    const response = await rest('POST', '/api/translation/schedule', {
      body: {
        records: [{ collection: 'platforms', id }],
        locales: ['de'],
        action: 'publish',
        at: at.toISOString(),
      },
      token: tokens.editor,
    })
    expect(response.status).toBe(201)
    _internal_jobSystemGlobals.getCurrentDate = () => new Date(at.getTime() + 60_000)
    await payload.jobs.run({ queue: publicationQueue, limit: 100 })
    const entries = await since(mark)
    expect(entries.map(({ action, locales, user }) => [action, locales, user])).toEqual([
      ['schedule', ['de'], editor.id],
      ['publish', ['de'], editor.id],
    ])
    expect(entries[0]!.detail).toEqual({ action: 'publish', at: at.toISOString() })
    expect(entries[1]!.detail).toMatchObject({ via: 'schedule' })
  })

  test('role and locale changes, new accounts and sign-ins', async () => {
    const mark = await lastId()
    const created = await payload.create({
      collection: 'users',
      data: {
        email: 'audit-new@example.org',
        password: 'correct horse battery',
        roles: ['translator'],
        locales: ['en'],
      } as never,
      user: admin,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'users',
      id: created.id,
      data: { locales: ['en', 'de'] } as never,
      user: admin,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'users',
      id: created.id,
      data: { roles: ['editor'] } as never,
      user: admin,
      overrideAccess: false,
    })
    await login('audit-new@example.org')
    const entries = await since(mark)
    expect(entries.map(({ action, user }) => [action, user])).toEqual([
      ['create', admin.id],
      ['locale-change', admin.id],
      ['role-change', admin.id],
      ['login', created.id],
    ])
    expect(entries[1]!.detail).toMatchObject({ from: ['en'], to: ['de', 'en'] })
    expect(entries[2]!.detail).toMatchObject({ from: ['translator'], to: ['editor'] })
    expect(entries[3]).toMatchObject({ userEmail: 'audit-new@example.org', userRoles: 'editor' })
    // Secrets never enter the trail.
    expect(JSON.stringify(entries)).not.toMatch(/correct horse|hash|salt|token/i)
  })

  test('only admins read it: not editors, translators or the public, by REST, GraphQL or the Local API', async () => {
    // An entry with something to leak: the translator's sign-in, with their e-mail.
    const [entry] = await all({ userEmail: { equals: email(translator) } })
    expect(entry).toBeDefined()
    for (const who of ['editor', 'translator'] as const) {
      const user = who === 'editor' ? editor : translator
      expect(
        await statusOf(payload.find({ collection: 'audit-log', user, overrideAccess: false })),
      ).toBe(403)
      expect(
        await statusOf(
          payload.findByID({ collection: 'audit-log', id: entry!.id, user, overrideAccess: false }),
        ),
      ).toBe(403)
    }
    for (const token of [tokens.editor, tokens.translator, undefined]) {
      const list = await rest('GET', '/api/audit-log', { token })
      expect(list.status).toBe(403)
      expect(list.text).not.toContain(String(entry!.userEmail))
      const one = await rest('GET', `/api/audit-log/${entry!.id}`, { token })
      expect(one.status).toBe(403)
      const query = await graphql(
        `{ AuditEntries { docs { id userEmail action } } AuditEntry(id: ${JSON.stringify(entry!.id)}) { id } }`,
        {},
        token,
      )
      expect(query.text).not.toContain(String(entry!.userEmail))
      expect(JSON.stringify(query.json.errors)).toMatch(/not allowed/i)
    }
    const asAdmin = await rest('GET', '/api/audit-log?limit=1000', { token: tokens.admin })
    expect(asAdmin.status).toBe(200)
    expect(asAdmin.json.totalDocs).toBe((await all()).length)
    const adminQuery = await graphql(
      `
        {
          AuditEntries(limit: 1) {
            totalDocs
          }
        }
      `,
      {},
      tokens.admin,
    )
    expect(adminQuery.json).toMatchObject({
      data: { AuditEntries: { totalDocs: (await all()).length } },
    })
  })

  test('nobody creates, changes or deletes an entry through any API, admins included', async () => {
    const [entry] = await all()
    const before = await all()
    for (const token of [tokens.admin, tokens.editor, undefined]) {
      expect(
        (await rest('POST', '/api/audit-log', { body: { action: 'login' }, token })).status,
      ).toBe(403)
      expect(
        (await rest('PATCH', `/api/audit-log/${entry!.id}`, { body: { action: 'login' }, token }))
          .status,
      ).toBe(403)
      expect((await rest('DELETE', `/api/audit-log/${entry!.id}`, { token })).status).toBe(403)
      expect(
        (await rest('DELETE', `/api/audit-log?where[id][equals]=${entry!.id}`, { token })).status,
      ).toBe(403)
      const mutation = await graphql(
        `mutation { updateAuditEntry(id: ${JSON.stringify(entry!.id)}, data: { action: login }) { id } deleteAuditEntry(id: ${JSON.stringify(entry!.id)}) { id } }`,
        {},
        token,
      )
      expect(JSON.stringify(mutation.json.errors)).toMatch(/not allowed/i)
    }
    expect(
      await statusOf(
        payload.update({
          collection: 'audit-log',
          id: entry!.id,
          data: { action: 'login' },
          user: admin,
          overrideAccess: false,
        }),
      ),
    ).toBe(403)
    expect(
      await statusOf(
        payload.delete({
          collection: 'audit-log',
          id: entry!.id,
          user: admin,
          overrideAccess: false,
        }),
      ),
    ).toBe(403)
    expect(await all()).toEqual(before)
  })

  const exportCsv = (
    query: string,
    as: 'admin' | 'editor' | 'translator' | 'anonymous' = 'admin',
  ) =>
    rest('GET', `/api/audit-log/export.csv${query}`, {
      token: as === 'anonymous' ? undefined : tokens[as],
    })

  /** The CSV's data rows, split naively (the test's values hold no commas or quotes except detail). */
  const rowsOf = (text: string) =>
    text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
      .slice(1)

  test('exports CSV for admins, with a byte-order mark and the same filters', async () => {
    const everything = await exportCsv('')
    expect(everything.status).toBe(200)
    expect(everything.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
    expect(everything.headers.get('content-disposition')).toMatch(
      /attachment; filename="audit-log_/,
    )
    // UTF-8's byte-order mark, for Excel (the decoded text leaves it out).
    expect([...everything.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(everything.text).toMatch(/^Time \(UTC\),User,Roles at the time,Action,/)
    expect(rowsOf(everything.text)).toHaveLength((await all()).length)

    const stored = await all({
      and: [{ action: { equals: 'publish' } }, { locales: { in: ['de'] } }],
    })
    expect(stored.length).toBeGreaterThan(0)
    const published = await exportCsv('?action=publish&locale=de')
    expect(published.status).toBe(200)
    const rows = rowsOf(published.text)
    expect(rows).toHaveLength(stored.length)
    for (const row of rows) expect(row).toMatch(/,Published,platforms,\d+,de,/)

    const byTranslator = rowsOf(
      (await exportCsv(`?user=${encodeURIComponent(email(translator))}`)).text,
    )
    expect(byTranslator).toHaveLength((await all({ user: { equals: translator.id } })).length)
    for (const row of byTranslator) expect(row).toContain(email(translator))
    const byId = rowsOf((await exportCsv(`?user=${translator.id}`)).text)
    expect(byId).toEqual(byTranslator)

    const sheets = rowsOf(
      (await exportCsv('?collection=enterprises&action=import-sheet,create')).text,
    )
    expect(sheets.length).toBe(
      (await all({ recordCollection: { equals: 'enterprises' } })).filter((entry) =>
        ['import-sheet', 'create'].includes(entry.action),
      ).length,
    )

    const today = new Date().toISOString().slice(0, 10)
    expect(rowsOf((await exportCsv(`?from=${today}&to=${today}`)).text)).toHaveLength(
      (await all()).length,
    )
    expect(rowsOf((await exportCsv('?to=2000-01-01')).text)).toEqual([])
    expect(rowsOf((await exportCsv('?from=2999-01-01T00:00:00Z')).text)).toEqual([])
    // The admin's German gets German headings and action labels.
    const german = await rest('GET', '/api/audit-log/export.csv?action=publish', {
      token: tokens.admin,
      headers: { 'accept-language': 'de' },
    })
    expect(german.text).toMatch(/^Zeitpunkt \(UTC\),Benutzer,/)
    expect(german.text).toContain(',Veröffentlicht,')
  })

  test('the export is refused to non-admins, and bad filters are a 400 naming the problem', async () => {
    expect((await exportCsv('', 'anonymous')).status).toBe(401)
    expect((await exportCsv('', 'editor')).status).toBe(403)
    expect((await exportCsv('', 'translator')).status).toBe(403)
    const cases: [string, RegExp][] = [
      ['?action=publish,teleport', /teleport/],
      ['?locale=fr', /"fr"/],
      ['?collection=secrets', /"secrets"/],
      ['?collection=audit-log', /"audit-log"/],
      ['?user=12abc', /"12abc"/],
      ['?from=yesterday', /"yesterday"/],
      ['?to=2026-02-30', /"2026-02-30"|to/],
      ['?from=2026-12-24T08:00:00', /"2026-12-24T08:00:00"/],
      ['?from=2026-02-01&to=2026-01-01', /from/],
      ['?sort=at', /"sort"/],
      ['?action=publish&action=withdraw', /"action"/],
    ]
    for (const [query, mentions] of cases) {
      const response = await exportCsv(query)
      expect([query, response.status]).toEqual([query, 400])
      const [error] = response.json.errors as unknown as { message: string }[]
      expect(error?.message).toMatch(mentions)
    }
  })
})
