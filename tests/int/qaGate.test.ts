import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { exportXliff } from '@/translation/xliffExport'
import { parseXliff, writeXliff } from '@/translation/xliff'
import { importXliff } from '@/translation/xliffImport'
import { qaCounts } from '@/translation/qa'

import { statusOf } from '../helpers/errors'
import { createUser, createUsers, type TestUser } from '../helpers/fixtures'
import { describeDatabase, useTestPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

type Finding = { code: string; severity: string; path: string; locale: string; message: string }
type QaAnswer = { blocks: boolean; errors: number; warnings: number; findings: Finding[] }

const timeout = 60_000

const zh = {
  title: '中德创新城市合作论坛',
  summary: '2019年5月12日，450余家德企代表出席县级市论坛。详见 https://www.taicang.gov.cn/forum',
}
const good =
  'Am 12. Mai 2019 nahmen Vertreter von über 450 deutschen Unternehmen am Forum der Stadt auf Kreisebene teil. Siehe https://www.taicang.gov.cn/forum'

describeDatabase('QA gate: errors block publishing a locale, warnings do not', () => {
  let payload: Payload
  let editor: TestUser
  let translator: TestUser
  let englishTranslator: TestUser
  const tokens: Record<string, string> = {}
  let id: number | string

  useTestPayload(
    'qa-gate',
    async (booted) => {
      payload = booted
      ;({ editor, translator } = await createUsers(payload))
      englishTranslator = await createUser(payload, ['translator'], ['en'])
      for (const [name, user] of Object.entries({ editor, translator, englishTranslator }))
        tokens[name] = await login((user as unknown as { email: string }).email)
      const term = await payload.create({
        collection: 'glossary',
        locale: 'zh',
        data: {
          term: '县级市',
          forbidden: [{ locale: 'de', rendering: 'kreisfreie Stadt' }],
        } as never,
        overrideAccess: true,
      })
      const doc = await payload.create({
        collection: 'events',
        locale: 'zh',
        data: {
          ...zh,
          slug: 'qa-forum',
          startDate: '2019-05-12T00:00:00.000Z',
          format: 'forum',
          _status: 'published',
        } as never,
        overrideAccess: true,
      })
      id = doc.id
      await payload.update({
        collection: 'glossary',
        id: term.id,
        locale: 'de',
        data: { term: 'Stadt auf Kreisebene' } as never,
        overrideAccess: true,
      })
    },
    120_000,
  )

  const saveDraft = (summary: string, user: TestUser = translator) =>
    payload.update({
      collection: 'events',
      id,
      locale: 'de',
      draft: true,
      data: { title: 'Deutsch-chinesisches Forum', summary, _status: 'draft' } as never,
      user,
      overrideAccess: false,
    })
  const publishGerman = (user: TestUser) =>
    payload.update({
      collection: 'events',
      id,
      locale: 'de',
      data: { _status: 'published' } as never,
      user,
      overrideAccess: false,
    })
  const germanPublished = async () => {
    const doc = await payload.findByID({
      collection: 'events',
      id,
      locale: 'all',
      overrideAccess: true,
      select: { published: true },
    })
    return (doc.published as unknown as Record<string, boolean> | null)?.de === true
  }
  const qa = (who: string, locale = 'de', collection = 'events', record = String(id)) =>
    rest('GET', `/api/translation/qa?collection=${collection}&id=${record}&locale=${locale}`, {
      token: tokens[who],
    })

  it(
    'refuses a translator’s publish with 422 naming each error; nothing is published',
    async () => {
      await saveDraft(
        'Am 12. Mai 2019 nahmen Vertreter von über 400 deutschen Unternehmen teil. Siehe die Website.',
      )
      const error = await publishGerman(translator).then(
        () => null,
        (thrown: { status?: number; message: string; data?: { qa?: QaAnswer } }) => thrown,
      )
      expect(error?.status).toBe(422)
      // In the admin language of the request (the Local API's default here): each error with its field.
      expect(error?.message).toMatch(
        /summary: .*450.*summary: .*https:\/\/www\.taicang\.gov\.cn\/forum/,
      )
      const codes = error?.data?.qa?.findings
        .filter((finding) => finding.severity === 'error')
        .map((finding) => `${finding.path} ${finding.code}`)
      expect(codes).toEqual(['summary numberMissing', 'summary urlMissing'])
      expect(await germanPublished()).toBe(false)
      // The public reads no German: the Chinese is shown.
      const read = await payload.findByID({
        collection: 'events',
        id,
        locale: 'de',
        overrideAccess: false,
      })
      expect(read.summary).toBe(zh.summary)
    },
    timeout,
  )

  it(
    'refuses an editor alike (no override), and the publication endpoint answers 422 with the findings',
    async () => {
      expect(await statusOf(publishGerman(editor))).toBe(422)
      const response = await rest('POST', '/api/translation/publication?locale=de', {
        body: { collection: 'events', id, published: true },
        token: tokens.editor,
      })
      expect(response.status).toBe(422)
      const [refusal] = response.json.errors as { message: string; data: { qa: QaAnswer } }[]
      expect(refusal!.data.qa.findings.map((finding) => finding.code)).toContain('numberMissing')
      expect(await germanPublished()).toBe(false)
    },
    timeout,
  )

  it(
    'refuses a forbidden glossary rendering',
    async () => {
      await saveDraft(good.replace('der Stadt auf Kreisebene', 'der kreisfreie Stadt'))
      const answer = (await qa('translator')).json as unknown as QaAnswer
      expect(answer.findings.map((finding) => [finding.code, finding.severity])).toEqual(
        expect.arrayContaining([['forbiddenTerm', 'error']]),
      )
      expect(await statusOf(publishGerman(translator))).toBe(422)
    },
    timeout,
  )

  it(
    'publishes once the errors are fixed; a warning is shown and lets it through',
    async () => {
      // An added figure the source does not have is a warning only.
      await saveDraft(`${good} (2 Tage)`)
      const before = await qa('translator')
      expect(before.status).toBe(200)
      const answer = before.json as unknown as QaAnswer
      expect(answer).toMatchObject({ blocks: false, errors: 0, warnings: 1 })
      expect(answer.findings[0]).toMatchObject({
        code: 'numberExtra',
        path: 'summary',
        locale: 'de',
      })
      await publishGerman(translator)
      expect(await germanPublished()).toBe(true)
      const read = await payload.findByID({
        collection: 'events',
        id,
        locale: 'de',
        overrideAccess: false,
      })
      expect(read.summary).toBe(`${good} (2 Tage)`)
    },
    timeout,
  )

  it(
    'withdrawing a locale is never refused',
    async () => {
      await saveDraft('Kopie: 中德创新城市合作论坛')
      const response = await rest('POST', '/api/translation/publication?locale=de', {
        body: { collection: 'events', id, published: false },
        token: tokens.translator,
      })
      expect(response.status).toBe(200)
      expect(await germanPublished()).toBe(false)
    },
    timeout,
  )

  it(
    'GET /api/translation/qa: staff only, a translator only for their own locales',
    async () => {
      expect(
        (await rest('GET', `/api/translation/qa?collection=events&id=${id}&locale=de`)).status,
      ).toBe(401)
      expect((await qa('translator', 'en')).status).toBe(403)
      expect((await qa('englishTranslator', 'de')).status).toBe(403)
      expect((await qa('englishTranslator', 'en')).status).toBe(200)
      expect((await qa('editor', 'en')).status).toBe(200)
      const german = (await qa('editor', 'de')).json as unknown as QaAnswer
      expect(german.findings.map((finding) => finding.code)).toContain('untranslatedChinese')
      expect((await qa('editor', 'xx')).status).toBe(400)
      expect((await qa('editor', 'de', 'nonsense')).status).toBe(400)
      expect((await qa('editor', 'de', 'events', '999999')).status).toBe(404)
      expect((await qa('editor', 'de', 'events', 'abc')).status).toBe(404)
    },
    timeout,
  )

  it(
    'an XLIFF import saves drafts with QA errors, reports them, and the publish stays refused',
    async () => {
      const { xml } = await exportXliff(payload, { locale: 'de', collections: ['events'] })
      const parsed = parseXliff(xml)
      const units = parsed.units
        .filter((unit) => unit.docId === String(id) && unit.fieldPath === 'summary')
        .map((unit) => ({ ...unit, target: ['Über 450 Unternehmen nahmen 2018 teil.'] }))
      const req = await createLocalReq(
        { user: { ...translator, collection: 'users' } as never },
        payload,
      )
      const summary = await importXliff(req, writeXliff({ ...parsed, units }))
      expect(summary).toMatchObject({ updated: 1, errors: [], conflicts: [] })
      expect(
        summary.qa.findings.map((finding) => `${finding.severity} ${finding.code} ${finding.path}`),
      ).toEqual([
        `error dateMissing events/${id}/summary`,
        `warning numberExtra events/${id}/summary`,
        `error urlMissing events/${id}/summary`,
        `warning glossaryMissing events/${id}/summary`,
      ])
      expect(summary.qa).toMatchObject({ errors: 2, warnings: 2 })
      expect(summary.qa.findings[0]!.message).toMatch(/\S/)
      const draft = await payload.findByID({ collection: 'events', id, locale: 'de', draft: true })
      expect(draft.summary).toBe('Über 450 Unternehmen nahmen 2018 teil.')
      expect(await statusOf(publishGerman(translator))).toBe(422)
      expect(await germanPublished()).toBe(false)
    },
    timeout,
  )

  it(
    'counts, per locale, the records whose publish QA would refuse (the dashboard’s figure)',
    async () => {
      const [german, english] = await qaCounts(payload, ['de', 'en'])
      // The event's German draft from the import above; nothing has English text.
      expect(german).toMatchObject({ locale: 'de', withErrors: 1 })
      expect(english).toMatchObject({ locale: 'en', withErrors: 0, withWarnings: 0 })
      expect(german!.checked).toBe(english!.checked)
    },
    timeout,
  )
})
