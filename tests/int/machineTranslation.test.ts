import { createLocalReq, type Payload } from 'payload'

import { machineTranslationEndpoint } from '@/machineTranslation/endpoint'
import { pretranslate } from '@/machineTranslation/pretranslate'
import type { TranslationProvider } from '@/machineTranslation/provider'
import { statusReport } from '@/translation/report'
import { applyReview } from '@/workflow/review'

import { startFakeDeepL, type FakeDeepL } from '../helpers/fakeDeepL'
import { createUser, createUsers, type TestUser } from '../helpers/fixtures'
import type { JsonObject } from '../helpers/json'
import { paragraph, richText, text } from '../helpers/lexical'
import { describeDatabase, useTestPayload } from '../helpers/payload'

const timeout = 60_000

/** A body of one paragraph: `bold` in bold, then `plain`. */
const body = (bold: string, plain: string) => richText(paragraph(text(bold, 1), text(plain)))

type Paragraphs = { root: { children: { children: { text: string; format: number }[] }[] } }

describeDatabase('machine pre-translation through a DeepL-speaking server', () => {
  let payload: Payload
  let editor: TestUser
  let translator: TestUser
  let deepl: FakeDeepL

  beforeAll(async () => {
    deepl = await startFakeDeepL()
    process.env.DEEPL_API_KEY = deepl.key
    process.env.DEEPL_API_URL = deepl.url
  })
  useTestPayload(
    'machine',
    async (booted) => {
      payload = booted
      ;({ editor, translator } = await createUsers(payload))
      const term = await payload.create({
        collection: 'glossary',
        locale: 'zh',
        data: { term: '德国中心' } as never,
        overrideAccess: true,
      })
      for (const [locale, rendering] of [
        ['de', 'Deutsches Zentrum'],
        ['en', 'German Centre'],
      ] as const)
        await payload.update({
          collection: 'glossary',
          id: term.id,
          locale,
          data: { term: rendering } as never,
          overrideAccess: true,
        })
    },
    120_000,
  )
  afterAll(async () => {
    delete process.env.DEEPL_API_KEY
    delete process.env.DEEPL_API_URL
    await deepl?.close()
  })

  const machine = async (user: TestUser, request: Record<string, unknown>) => {
    const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
    req.json = async () => request
    const response = await machineTranslationEndpoint.handler(req)
    return { status: response.status, json: (await response.json()) as JsonObject }
  }

  let counter = 0
  const milestone = async (data: Record<string, unknown>) => {
    counter += 1
    return payload.create({
      collection: 'milestones',
      locale: 'zh',
      data: {
        year: 2000 + counter,
        category: 'institution',
        _status: 'published',
        ...data,
      } as never,
      overrideAccess: true,
    })
  }
  const draftIn = async (id: number | string, locale: 'de' | 'en') =>
    (await payload.findByID({
      collection: 'milestones',
      id,
      locale,
      fallbackLocale: false,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })) as unknown as Record<string, unknown>
  const statusOf = async (id: number | string, locale: 'de' | 'en') =>
    (await statusReport(payload, { locale, collections: ['milestones'] })).records.find(
      (record) => record.id === id,
    )
  const translatorSaves = (id: number | string, data: Record<string, unknown>) =>
    payload.update({
      collection: 'milestones',
      id,
      locale: 'de',
      draft: true,
      data: { ...data, _status: 'draft' } as never,
      user: translator,
      overrideAccess: false,
    })
  const sentTexts = () => deepl.translated.flatMap((request) => request.text)

  it(
    'fills only the empty fields, from the memory first, the rest as unreviewed machine drafts',
    async () => {
      const humanTitle = 'Das Deutsche Zentrum kommt nach Taicang'
      const first = await milestone({
        title: '德国中心落户太仓',
        summary: '第一家德企',
        body: body('德国中心', '很大'),
      })
      await translatorSaves(first.id, { title: humanTitle })
      const second = await milestone({
        title: '德国中心落户太仓',
        summary: '中德合作',
        body: body('德国中心', '开业'),
      })

      const { status, json } = await machine(translator, {
        collection: 'milestones',
        ids: [second.id, first.id],
        locale: 'de',
      })
      expect(status).toBe(200)
      const filled = (json.filled as { unit: string; by: string }[]).map(
        ({ unit, by }) => `${unit} ${by}`,
      )
      expect(filled.sort()).toEqual(
        [
          `milestones/${first.id}/summary machine`,
          `milestones/${first.id}/body machine`,
          `milestones/${second.id}/title memory`,
          `milestones/${second.id}/summary machine`,
          `milestones/${second.id}/body machine`,
        ].sort(),
      )
      expect(json.warnings).toEqual([])

      // The person's title stays; the second record's identical source took it from the memory.
      expect((await draftIn(first.id, 'de')).title).toBe(humanTitle)
      const filledIn = await draftIn(second.id, 'de')
      expect(filledIn.title).toBe(humanTitle)
      expect(filledIn.summary).toBe('[DE] 中德合作')
      // Rich text: the same paragraph, the glossary's rendering in the bold run.
      const runs = (filledIn.body as Paragraphs).root.children[0]!.children
      expect(runs.map(({ text, format }) => [text, format])).toEqual([
        ['[DE] Deutsches Zentrum', 1],
        ['开业', 0],
      ])

      // Only what the memory did not have was sent, as XML, with the glossary.
      expect(sentTexts()).not.toContain('德国中心落户太仓')
      expect(sentTexts()).toContain('<b>德国中心</b>开业')
      for (const request of deepl.translated) {
        expect(request).toMatchObject({ source_lang: 'ZH', target_lang: 'DE', tag_handling: 'xml' })
        expect(deepl.glossaries.get(request.glossary_id!)?.entries.get('德国中心')).toBe(
          'Deutsches Zentrum',
        )
      }

      expect(await statusOf(second.id, 'de')).toMatchObject({
        state: 'machine',
        fields: { title: 'complete', summary: 'machine', body: 'machine' },
      })
      const report = await statusReport(payload, { locale: 'de', collections: ['milestones'] })
      expect(report.totals.machine).toBeGreaterThanOrEqual(2)
      expect(report.totals.complete).toBe(0)

      // The review workflow sees machine drafts to review; the audit trail one run by the translator.
      const tasks = await payload.find({
        collection: 'translation-tasks',
        where: {
          recordId: { in: [String(first.id), String(second.id)] },
          locale: { equals: 'de' },
        },
        depth: 0,
      })
      expect(tasks.docs.map((task) => task.state)).toEqual(['machine-draft', 'machine-draft'])
      const audited = await payload.find({
        collection: 'audit-log',
        where: { action: { equals: 'machine-translate' } },
        depth: 0,
      })
      expect(audited.docs.map((entry) => [entry.user, entry.locales])).toEqual([
        [translator.id, ['de']],
      ])
    },
    timeout,
  )

  it(
    'clears the marker of a field a person saves, and never replaces their text',
    async () => {
      const record = await milestone({ title: '太仓工业园', summary: '园区介绍' })
      expect(
        (await machine(editor, { collection: 'milestones', ids: [record.id], locale: 'de' }))
          .status,
      ).toBe(200)
      expect((await statusOf(record.id, 'de'))?.fields).toMatchObject({
        title: 'machine',
        summary: 'machine',
      })

      await translatorSaves(record.id, { summary: 'Vorstellung des Parks' })
      expect((await statusOf(record.id, 'de'))?.fields).toMatchObject({
        title: 'machine',
        summary: 'complete',
      })

      // A second run finds nothing missing: nothing is sent, nothing changes.
      const sent = sentTexts().length
      const again = await machine(editor, {
        collection: 'milestones',
        ids: [record.id],
        locale: 'de',
      })
      expect(again).toMatchObject({ status: 200, json: { filled: [] } })
      expect(sentTexts()).toHaveLength(sent)
      expect((await draftIn(record.id, 'de')).summary).toBe('Vorstellung des Parks')
    },
    timeout,
  )

  it(
    'a reviewer who approves machine text accepts it as it stands: the marks come off',
    async () => {
      const record = await milestone({ title: '审核机器翻译', summary: '译文审核' })
      expect(
        (await machine(editor, { collection: 'milestones', ids: [record.id], locale: 'de' }))
          .status,
      ).toBe(200)
      const machineText = await draftIn(record.id, 'de')
      const reviewer = await createUser(payload, ['reviewer'], ['de'])
      const decide = async (user: TestUser, action: string) =>
        applyReview(
          await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload),
          { action, locale: 'de', records: [{ collection: 'milestones', id: record.id }] },
        )
      await decide(translator, 'request-review')
      await decide(reviewer, 'approve')

      expect(await statusOf(record.id, 'de')).toMatchObject({
        state: 'complete',
        fields: { title: 'complete', summary: 'complete' },
      })
      const approved = await draftIn(record.id, 'de')
      expect([approved.title, approved.summary]).toEqual([machineText.title, machineText.summary])
    },
    timeout,
  )

  it(
    'keeps text a person saved while the provider was translating',
    async () => {
      const record = await milestone({ title: '慢速翻译', summary: '同时保存' })
      const slow: TranslationProvider = {
        name: 'slow',
        translate: async (texts) => {
          await translatorSaves(record.id, { summary: 'Von Hand gespeichert' })
          return texts.map((text) => `MT ${text}`)
        },
      }
      const req = await createLocalReq(
        { user: { ...editor, collection: 'users' } as never },
        payload,
      )
      await pretranslate(req, slow, {
        collection: 'milestones',
        ids: [String(record.id)],
        locale: 'de',
      })
      const stored = await draftIn(record.id, 'de')
      expect(stored).toMatchObject({ title: 'MT 慢速翻译', summary: 'Von Hand gespeichert' })
      expect((await statusOf(record.id, 'de'))?.fields).toMatchObject({
        title: 'machine',
        summary: 'complete',
      })
    },
    timeout,
  )

  it(
    'warns when the machine translation does not use a glossary term',
    async () => {
      const record = await milestone({ title: '德国中心的活动' })
      deepl.ignoreGlossary = true
      try {
        const { status, json } = await machine(editor, {
          collection: 'milestones',
          ids: [record.id],
          locale: 'de',
        })
        expect(status).toBe(200)
        expect(json.warnings).toEqual([
          {
            unit: `milestones/${record.id}/title`,
            message: expect.stringContaining('"Deutsches Zentrum"'),
          },
        ])
      } finally {
        deepl.ignoreGlossary = false
      }
    },
    timeout,
  )

  it(
    'asks DeepL for British English with the English glossary',
    async () => {
      const record = await milestone({ title: '德国中心开放日' })
      const { status } = await machine(editor, {
        collection: 'milestones',
        ids: [record.id],
        locale: 'en',
      })
      expect(status).toBe(200)
      expect((await draftIn(record.id, 'en')).title).toBe('[EN] German Centre开放日')
      const last = deepl.translated[deepl.translated.length - 1]!
      expect(last.target_lang).toBe('EN-GB')
      expect(deepl.glossaries.get(last.glossary_id!)?.target_lang).toBe('en')
    },
    timeout,
  )

  it(
    'stores nothing when DeepL fails, not even the memory matches, and says why (502)',
    async () => {
      const record = await milestone({ title: '德国中心落户太仓', summary: '配额测试' })
      deepl.failNext(456, 'Quota exceeded. The character limit has been reached.')
      const { status, json } = await machine(editor, {
        collection: 'milestones',
        ids: [record.id],
        locale: 'de',
      })
      expect(status).toBe(502)
      expect(json.errors[0].message).toMatch(/456.*quota.*Quota exceeded/s)
      const stored = await draftIn(record.id, 'de')
      expect(stored.title ?? null).toBeNull()
      expect(stored.summary ?? null).toBeNull()
      expect((await statusOf(record.id, 'de'))?.state).toBe('missing')
    },
    timeout,
  )

  it(
    'refuses a translator another locale (403) and stores nothing',
    async () => {
      const record = await milestone({ title: '英语范围测试' })
      const sent = sentTexts().length
      const { status, json } = await machine(translator, {
        collection: 'milestones',
        ids: [record.id],
        locale: 'en',
      })
      expect(status).toBe(403)
      expect(json.errors[0].message).toMatch(/own locales/)
      expect(sentTexts()).toHaveLength(sent)
      expect((await draftIn(record.id, 'en')).title ?? null).toBeNull()
    },
    timeout,
  )

  it(
    'names what is wrong with a request (400, 404)',
    async () => {
      const record = await milestone({ title: '请求测试' })
      const ask = (request: Record<string, unknown>) => machine(editor, request)
      expect((await ask({ collection: 'milestones', locale: 'de' })).status).toBe(400)
      expect((await ask({ collection: 'nonsense', locale: 'de', all: true })).status).toBe(400)
      expect((await ask({ collection: 'milestones', locale: 'zh', all: true })).status).toBe(400)
      const unknown = await ask({ collection: 'milestones', locale: 'de', ids: ['999999'] })
      expect(unknown.status).toBe(404)
      expect(unknown.json.errors[0].message).toContain('999999')
      expect((await draftIn(record.id, 'de')).title ?? null).toBeNull()
    },
    timeout,
  )

  it(
    'is off without a key: 409, and nothing is stored',
    async () => {
      const record = await milestone({ title: '没有密钥' })
      const key = process.env.DEEPL_API_KEY
      delete process.env.DEEPL_API_KEY
      try {
        const { status, json } = await machine(editor, {
          collection: 'milestones',
          all: true,
          locale: 'de',
        })
        expect(status).toBe(409)
        expect(json.errors[0].message).toMatch(/not configured.*DEEPL_API_KEY/)
      } finally {
        process.env.DEEPL_API_KEY = key
      }
      expect((await draftIn(record.id, 'de')).title ?? null).toBeNull()
    },
    timeout,
  )
})
