import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createLocalReq, handleEndpoints, type Payload } from 'payload'
import sharp from 'sharp'

import { setLocalePublished } from '@/translation/publishing'

import type { Locale } from '@/i18n/locales'

import { refusal, statusOf } from '../helpers/errors'
import { createRecord, createUser, type TestUser } from '../helpers/fixtures'
import { onRecord, publicRead as publicReadOf, storedDraft } from '../helpers/localApi'
import { describeDatabase, useTestPayloadWithUsers } from '../helpers/payload'
import { expectRefusedUnchanged } from '../helpers/refusals'

/**
 * Issue #12, scope and data visibility: plain edits keep what is public, translators touch neither
 * files, timestamps nor array rows, and a translator's publish puts only their text live.
 */
describeDatabase('publication and translator scope', () => {
  let payload: Payload
  let admin: TestUser
  let editor: TestUser
  let translator: TestUser
  let mediaDir: string

  beforeAll(async () => {
    // Uploads go to a scratch folder, not the worktree's media folder (read when the config loads).
    mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-media-'))
    process.env.MEDIA_DIR = mediaDir
  })

  useTestPayloadWithUsers('pubscope', (app) => ({ payload, admin, editor, translator } = app))

  afterAll(async () => {
    if (mediaDir) fs.rmSync(mediaDir, { recursive: true, force: true })
  })

  /** A REST call through Payload's own handler (what `/api/*` runs), as `user`. */
  const rest = async (user: TestUser, method: string, path: string, body: unknown) => {
    const { token } = await payload.login({
      collection: 'users',
      data: {
        email: (user as unknown as { email: string }).email,
        password: 'correct horse battery',
      },
    })
    const url = new URL(`/api${path}`, 'http://cms.test')
    const headers: Record<string, string> = {
      authorization: `JWT ${token}`,
      'accept-language': 'en',
    }
    if (!(body instanceof FormData)) headers['content-type'] = 'application/json'
    const request = new Request(url, {
      method,
      headers,
      body: body instanceof FormData ? body : JSON.stringify(body),
    })
    const response = await handleEndpoints({ config: payload.config, path: url.pathname, request })
    return { status: response.status, text: await response.text() }
  }

  const publicRead = (id: number | string, locale: Locale) =>
    publicReadOf(payload, 'platforms', id, locale)

  /** A platform public in Chinese whose latest version is a draft snapshot (as after any per-locale publish). */
  const publishedPlatform = async () => {
    const record = await createRecord(payload, 'platforms')
    await onRecord(payload, 'platforms', record.id).saveAs(editor, 'zh', { _status: 'published' })
    return record
  }

  describe('1. an update that does not send `_status` never unpublishes', () => {
    it.each([
      ['editor, REST PATCH (draft=false)', () => editor, false],
      ['editor, GraphQL mutation (no draft argument)', () => editor, undefined],
      ['admin, REST PATCH (draft=false)', () => admin, false],
      ['admin, GraphQL mutation (no draft argument)', () => admin, undefined],
    ] as const)(
      '%s: the published locale stays public with the new text',
      async (_how, who, draft) => {
        const record = await publishedPlatform()
        expect((await publicRead(record.id, 'zh'))?.name).toBe('德国中小企业(太仓)孵化中心')
        await payload.update({
          collection: 'platforms',
          id: record.id,
          locale: 'zh',
          ...(draft === undefined ? {} : { draft }),
          data: { name: '德国中小企业孵化中心' } as never,
          user: who(),
          overrideAccess: false,
        })
        expect((await publicRead(record.id, 'zh'))?.name).toBe('德国中小企业孵化中心')
        expect((await publicRead(record.id, 'de'))?.name).toBe('德国中小企业孵化中心')
      },
    )

    it('REST PATCH ?locale=zh with only the title, as the issue reports it: still public', async () => {
      const record = await publishedPlatform()
      const response = await rest(editor, 'PATCH', `/platforms/${record.id}?locale=zh`, {
        name: '孵化中心',
      })
      expect(response.status).toBe(200)
      expect((await publicRead(record.id, 'zh'))?.name).toBe('孵化中心')
    })

    it('an edit in a locale that is not published saves a draft and leaves the public record alone', async () => {
      const record = await publishedPlatform()
      const platform = onRecord(payload, 'platforms', record.id)
      await platform.saveAs(editor, 'en', { name: 'SME Incubator' })
      expect((await publicRead(record.id, 'zh'))?.name).toBe('德国中小企业(太仓)孵化中心')
      // English is not published: its readers still get the Chinese, and the English text is a draft.
      expect((await publicRead(record.id, 'en'))?.name).toBe('德国中小企业(太仓)孵化中心')
      expect((await platform.stored('en')).name).toBe('SME Incubator')
    })

    it('a plain edit of a record that is not public stays a draft', async () => {
      const record = await createRecord(payload, 'platforms', { draft: true })
      await onRecord(payload, 'platforms', record.id).saveAs(editor, 'zh', { name: '草稿中的名称' })
      expect(await publicRead(record.id, 'zh')).toBeNull()
    })

    it('a bulk edit without `_status` saves drafts and unpublishes nothing', async () => {
      const record = await publishedPlatform()
      await onRecord(payload, 'platforms', record.id).bulkSaveAs(editor, 'zh', {
        operator: '太仓市',
      })
      expect((await publicRead(record.id, 'zh'))?.name).toBe('德国中小企业(太仓)孵化中心')
      const latest = await storedDraft(payload, 'platforms', record.id, 'zh')
      expect(latest.operator).toBe('太仓市')
    })
  })

  describe('2. a translator cannot replace a media file', () => {
    const image = (color: string, width: number) =>
      sharp({ create: { width, height: 4, channels: 3, background: color } })
        .png()
        .toBuffer()

    it('refuses a new upload with 403 and leaves the file, its name and size as they were', async () => {
      const original = await image('#c00', 8)
      const media = await payload.create({
        collection: 'media',
        locale: 'zh',
        data: { alt: '红色方块' } as never,
        file: { data: original, mimetype: 'image/png', name: 'red.png', size: original.length },
        overrideAccess: true,
      })
      const storedMedia = () =>
        payload.findByID({ collection: 'media', id: media.id, locale: 'all', depth: 0 })
      const before = await storedMedia()
      const replacement = await image('#00c', 16)
      const refused = await refusal(
        payload.update({
          collection: 'media',
          id: media.id,
          locale: 'de',
          data: { alt: 'Blaues Quadrat' } as never,
          file: {
            data: replacement,
            mimetype: 'image/png',
            name: 'blue.png',
            size: replacement.length,
          },
          user: translator,
          overrideAccess: false,
        }),
      )
      expect(refused.status).toBe(403)
      expect(refused.message).toMatch(/file/i)
      expect(await storedMedia()).toEqual(before)
      expect(fs.readFileSync(path.join(mediaDir, before.filename!))).toEqual(original)

      // The same over REST, as a multipart upload.
      const form = new FormData()
      form.append(
        'file',
        new Blob([new Uint8Array(replacement)], { type: 'image/png' }),
        'blue.png',
      )
      form.append('_payload', JSON.stringify({ alt: 'Blaues Quadrat' }))
      const response = await rest(translator, 'PATCH', `/media/${media.id}?locale=de`, form)
      expect(response.status).toBe(403)
      expect(response.text).toMatch(/file/i)
      expect(await storedMedia()).toEqual(before)
      expect(fs.readdirSync(mediaDir).some((name) => name.startsWith('blue'))).toBe(false)

      // The file's size and dimensions sent as data are shared fields as well; the alt text alone is fine.
      const altText = onRecord(payload, 'media', media.id)
      for (const data of [
        { filesize: 1 },
        { width: 999, height: 999 },
        { mimeType: 'image/gif' },
      ]) {
        expect(await statusOf(altText.saveAs(translator, 'de', { alt: 'x', ...data }))).toBe(403)
      }
      await altText.saveAs(translator, 'de', { alt: 'Rotes Quadrat' })
      const translated = await storedMedia()
      expect(translated.alt).toEqual({ zh: '红色方块', de: 'Rotes Quadrat' })
      expect(translated.filename).toBe(before.filename)
    })
  })

  describe('3. timestamps are not a translator’s to write', () => {
    it('refuses a changed createdAt, naming it, and stores nothing', async () => {
      const record = await createRecord(payload, 'events')
      const form = { title: 'Forum', createdAt: '2001-01-01T00:00:00.000Z' }
      await expectRefusedUnchanged(
        payload,
        { collection: 'events', id: record.id },
        () =>
          onRecord(payload, 'events', record.id).saveAs(translator, 'de', form, { draft: true }),
        { mentions: /createdAt/ },
      )
    })

    it('accepts the unchanged createdAt of a whole form and ignores a sent updatedAt', async () => {
      const record = await createRecord(payload, 'events')
      const event = onRecord(payload, 'events', record.id)
      const form = await event.stored('de')
      const sentAt = '2001-01-01T00:00:00.000Z'
      await event.saveAs(
        translator,
        'de',
        { ...form, title: 'Forum', updatedAt: sentAt },
        { draft: true },
      )
      const latest = await event.stored('de')
      expect(latest.title).toBe('Forum')
      expect(latest.createdAt).toBe((record as { createdAt?: string }).createdAt)
      expect(new Date(latest.updatedAt).getFullYear()).toBeGreaterThan(2001)

      // A form filled from the published document (a REST GET without draft) carries the same createdAt.
      const published = await payload.findByID({
        collection: 'events',
        id: record.id,
        locale: 'de',
        depth: 0,
        user: translator,
        overrideAccess: false,
      })
      await event.saveAs(translator, 'de', { ...published, title: 'Forum 2' }, { draft: true })
      expect((await event.stored('de')).title).toBe('Forum 2')
    })
  })

  describe('4 and 7. key figures: labels are translatable, rows keep their identity', () => {
    const figures = [
      {
        key: 'german-enterprises',
        value: 500,
        unit: { zh: '家', de: 'Unternehmen', en: 'companies' },
        label: { zh: '德资企业', de: 'Deutsche Unternehmen', en: 'German companies' },
      },
      {
        key: 'investment',
        value: 60,
        unit: { zh: '亿美元', de: 'Mrd. USD', en: 'bn USD' },
        label: { zh: '总投资', de: 'Investitionen', en: 'Investment' },
      },
      {
        key: 'champions',
        value: 50,
        unit: { zh: '家', de: 'Firmen', en: 'firms' },
        label: { zh: '隐形冠军', de: 'Hidden Champions', en: 'Hidden champions' },
      },
    ]

    beforeAll(async () => {
      for (const locale of ['zh', 'de', 'en'] as const) {
        const current =
          locale === 'zh'
            ? []
            : ((await payload.findGlobal({ slug: 'key-figures', locale: 'zh', depth: 0 }))
                .figures ?? [])
        await payload.updateGlobal({
          slug: 'key-figures',
          locale,
          data: {
            figures: figures.map((figure, index) => ({
              ...(current[index] ? { id: current[index]!.id } : {}),
              key: figure.key,
              value: figure.value,
              qualifier: 'atLeast',
              label: figure.label[locale],
              unit: figure.unit[locale],
            })),
          } as never,
          overrideAccess: true,
        })
      }
    })

    const stored = () => payload.findGlobal({ slug: 'key-figures', locale: 'all', depth: 0 })

    it('4. a German translator changes the German label of one figure from the admin form: only German changes', async () => {
      const before = await stored()
      // The admin form, as the REST API gives it to a German reader (fallbacks on, every field).
      const form = await payload.findGlobal({
        slug: 'key-figures',
        locale: 'de',
        depth: 0,
        user: translator,
        overrideAccess: false,
      })
      const rows = form.figures!.map((row, index) =>
        index === 1 ? { ...row, label: 'Gesamtinvestitionen' } : row,
      )
      await payload.updateGlobal({
        slug: 'key-figures',
        locale: 'de',
        data: { ...form, figures: rows } as never,
        user: translator,
        overrideAccess: false,
      })
      const after = await stored()
      const labels = after.figures!.map((row) => row.label as unknown as Record<Locale, string>)
      expect(labels[1]).toEqual({ zh: '总投资', de: 'Gesamtinvestitionen', en: 'Investment' })
      expect(after.figures!.map((row) => row.id)).toEqual(before.figures!.map((row) => row.id))
      expect(after.figures!.map((row) => row.value)).toEqual([500, 60, 50])
      expect(labels[0]).toEqual(figures[0]!.label)
    })

    it('7. rows sent without their ids, or with other ids, are refused naming the row, and nothing changes', async () => {
      const before = await stored()
      const form = await payload.findGlobal({
        slug: 'key-figures',
        locale: 'de',
        depth: 0,
        fallbackLocale: false,
      })
      const withoutIds = form.figures!.map(({ id: _id, ...row }) => ({
        ...row,
        label: `${String(row.label)} (neu)`,
      }))
      const otherIds = form.figures!.map((row, index) => ({
        ...row,
        id: `${'0'.repeat(23)}${index}`,
      }))
      for (const rows of [withoutIds, otherIds]) {
        const refused = await refusal(
          payload.updateGlobal({
            slug: 'key-figures',
            locale: 'de',
            data: { figures: rows } as never,
            user: translator,
            overrideAccess: false,
          }),
        )
        expect(refused.status).toBe(403)
        expect(refused.message).toMatch(/figures\.0/)
      }
      expect(await stored()).toEqual(before)
    })
  })

  describe('6. a translator publishes their text over what an editor made public', () => {
    const gates = [
      [
        'the publication endpoint',
        // The German text is saved as a draft first (by the test); the endpoint publishes it.
        async (id: number | string, user: TestUser, _name: string) => {
          const req = await createLocalReq({ user: user as never }, payload)
          return setLocalePublished(req, {
            collection: 'events',
            id,
            locale: 'de',
            published: true,
          })
        },
      ],
      [
        'the admin’s Publish (and GraphQL)',
        (id: number | string, user: TestUser, name: string) =>
          payload.update({
            collection: 'events',
            id,
            locale: 'de',
            publishSpecificLocale: 'de',
            data: { title: name, _status: 'published' } as never,
            user,
            overrideAccess: false,
          }),
      ],
      [
        'the admin’s Publish with its whole form (the editor’s shared draft values in it)',
        async (id: number | string, user: TestUser, name: string) => {
          const form = await storedDraft(payload, 'events', id, 'de')
          return payload.update({
            collection: 'events',
            id,
            locale: 'de',
            publishSpecificLocale: 'de',
            data: { ...form, title: name, _status: 'published' } as never,
            user,
            overrideAccess: false,
          })
        },
      ],
    ] as const

    const publicEvent = (id: number | string, locale: Locale) =>
      publicReadOf(payload, 'events', id, locale)

    it.each(gates)(
      'through %s, the editor’s unpublished draft of shared fields stays a draft',
      async (_how, publish) => {
        const record = await createRecord(payload, 'events')
        const event = onRecord(payload, 'events', record.id)
        // The editor drafts new dates and format, not yet approved for the public.
        await event.draftAs(editor, 'zh', {
          startDate: '2030-05-05T00:00:00.000Z',
          format: 'summit',
        })
        await event.saveAs(translator, 'de', { title: 'Innovationsforum' }, { draft: true })
        await publish(record.id, translator, 'Innovationsforum')

        const german = await publicEvent(record.id, 'de')
        expect(german?.title).toBe('Innovationsforum')
        expect(german?.format).toBe('forum')
        expect(german?.startDate).toBe('2019-01-01T00:00:00.000Z')
        const chinese = await publicEvent(record.id, 'zh')
        expect(chinese?.format).toBe('forum')
        // Nothing the editor saved is lost: the latest draft still has their shared values, and the German text.
        expect(await event.stored('de')).toMatchObject({
          format: 'summit',
          startDate: '2030-05-05T00:00:00.000Z',
          title: 'Innovationsforum',
        })
      },
    )

    it.each(gates)(
      'through %s, a record no editor has published stays off the public site (403)',
      async (_how, publish) => {
        const record = await createRecord(payload, 'events', { draft: true })
        const event = onRecord(payload, 'events', record.id)
        await event.saveAs(translator, 'de', { title: 'Entwurf' }, { draft: true })
        await expectRefusedUnchanged(
          payload,
          { collection: 'events', id: record.id },
          () => publish(record.id, translator, 'Entwurf'),
          { mentions: /editor/i },
        )
        expect(await publicEvent(record.id, 'de')).toBeNull()
        expect(await publicEvent(record.id, 'zh')).toBeNull()
        // An editor may publish it.
        await publish(record.id, editor, 'Entwurf')
        expect((await publicEvent(record.id, 'de'))?.title).toBe('Entwurf')
      },
    )

    it('another translator’s publish, and a withdrawal, keep the public shared values and the other locales', async () => {
      const english = await createUser(payload, ['translator'], ['en'])
      const record = await createRecord(payload, 'events')
      const event = onRecord(payload, 'events', record.id)
      await event.saveAs(translator, 'de', { title: 'Forum', _status: 'published' })
      await event.saveAs(editor, 'zh', { format: 'summit' }, { draft: true })
      await event.saveAs(english, 'en', { title: 'Forum (en)', _status: 'published' })
      expect(await publicEvent(record.id, 'en')).toMatchObject({
        title: 'Forum (en)',
        format: 'forum',
      })
      expect(await publicEvent(record.id, 'de')).toMatchObject({ title: 'Forum', format: 'forum' })

      // The German translator withdraws German (the admin's Unpublish): still nothing of the editor's draft goes live.
      await event.saveAs(translator, 'de', { _status: 'draft' })
      expect(await publicEvent(record.id, 'de')).toMatchObject({
        title: 'Forum (en)',
        format: 'forum',
      })
      expect(await publicEvent(record.id, 'zh')).toMatchObject({ format: 'forum' })
      expect(await event.stored('all')).toMatchObject({
        format: 'summit',
        title: { zh: '中德创新城市合作论坛', de: 'Forum', en: 'Forum (en)' },
      })
    })
  })
})
