import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { setLocalePublished } from '@/translation/publishing'

import type { Locale } from '@/i18n/locales'

import { statusOf } from '../helpers/errors'
import type { TestUser } from '../helpers/fixtures'
import { onRecord, publicRead, storedDraft } from '../helpers/localApi'
import { describeDatabase, useTestPayloadWithUsers } from '../helpers/payload'

describeDatabase(
  'per-locale publishing: one language at a time, the public sees published languages only',
  () => {
    let payload: Payload
    let editor: TestUser, translator: TestUser
    useTestPayloadWithUsers('publishing', (app) => ({ payload, editor, translator } = app))

    const publicName = async (id: number | string, locale: Locale) => {
      const doc = await publicRead(payload, 'platforms', id, locale)
      return doc ? doc.name : 'not found'
    }
    /** A platform published in Chinese by the system. */
    const publishedPlatform = (name: string, type: string) =>
      payload.create({
        collection: 'platforms',
        locale: 'zh',
        data: { name, type, _status: 'published' } as never,
        overrideAccess: true,
      })
    /** The record's main document in every locale: the published one, drafts aside. */
    const mainDocument = (id: number | string) =>
      payload.findByID({ collection: 'platforms', id, locale: 'all', depth: 0 })
    const setPublished = (
      req: Awaited<ReturnType<typeof createLocalReq>>,
      id: number | string,
      locale: Locale,
      published: boolean,
    ) => setLocalePublished(req, { collection: 'platforms', id, locale, published })
    const publicList = async (locale: Locale) =>
      (
        await payload.find({ collection: 'platforms', locale, overrideAccess: false, limit: 0 })
      ).docs.map((doc) => doc.name)

    const save = (
      id: number | string,
      locale: Locale,
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

    it('publishes Chinese while German stays a draft, then German without touching Chinese or English', async () => {
      const doc = await payload.create({
        collection: 'platforms',
        locale: 'zh',
        draft: true,
        data: { name: '德国中心（草稿）', type: 'service-organisation', _status: 'draft' } as never,
        user: editor,
        overrideAccess: false,
      })
      await save(doc.id, 'de', 'Deutsches Zentrum (Entwurf)', translator)
      expect(await publicName(doc.id, 'zh')).toBe('not found')

      await save(doc.id, 'zh', '德国中心', editor, true)
      expect(await publicName(doc.id, 'zh')).toBe('德国中心')
      // German is not published: German and English readers get the Chinese, never the German draft.
      expect(await publicName(doc.id, 'de')).toBe('德国中心')
      expect(await publicName(doc.id, 'en')).toBe('德国中心')

      await save(doc.id, 'en', 'German Centre (draft)', editor)
      await save(doc.id, 'de', 'Deutsches Zentrum', translator, true)
      expect(await publicName(doc.id, 'de')).toBe('Deutsches Zentrum')
      // English is still a draft (payloadcms/payload#14672 published every locale here): its readers get German.
      expect(await publicName(doc.id, 'en')).toBe('Deutsches Zentrum')
      expect(await publicName(doc.id, 'zh')).toBe('德国中心')

      const stored = await mainDocument(doc.id)
      const flags = stored.published as unknown as Partial<Record<Locale, boolean>>
      expect(flags).toMatchObject({ zh: true, de: true })
      expect(flags.en ?? false).toBe(false)
      // The English draft is still there for the translator.
      const latest = await storedDraft(payload, 'platforms', doc.id, 'en')
      expect(latest.name).toBe('German Centre (draft)')
    })

    it('withdraws one locale: its readers fall back, the other locales stay published', async () => {
      const doc = await publishedPlatform('孵化中心', 'incubator')
      await save(doc.id, 'de', 'Inkubator', translator, true)
      await save(doc.id, 'en', 'Incubator', editor, true)
      expect(await publicName(doc.id, 'de')).toBe('Inkubator')

      const req = await createLocalReq({ user: translator as never }, payload)
      await setPublished(req, doc.id, 'de', false)
      expect(await publicName(doc.id, 'de')).toBe('Incubator')
      expect(await publicName(doc.id, 'en')).toBe('Incubator')
      expect(await publicName(doc.id, 'zh')).toBe('孵化中心')

      await setPublished(req, doc.id, 'de', true)
      expect(await publicName(doc.id, 'de')).toBe('Inkubator')
    })

    it('never shows the text of an unpublished source locale', async () => {
      const doc = await payload.create({
        collection: 'platforms',
        locale: 'zh',
        draft: true,
        data: {
          name: '未发布的中文名称',
          operator: '未发布的运营方',
          type: 'incubator',
          _status: 'draft',
        } as never,
        user: editor,
        overrideAccess: false,
      })
      // Only an editor can put a record on the public site; here they publish German alone.
      await save(doc.id, 'de', 'Nur Deutsch veröffentlicht', editor, true)
      expect(await publicName(doc.id, 'zh')).toBe('not found')
      expect(await publicName(doc.id, 'de')).toBe('Nur Deutsch veröffentlicht')
      const english = await publicRead(payload, 'platforms', doc.id, 'en')
      expect(english?.name).toBe('Nur Deutsch veröffentlicht')
      expect(english?.operator).toBeNull()
      expect(await publicList('zh')).not.toContain('未发布的中文名称')
    })

    it('lets translators publish only their own locale, one at a time', async () => {
      const doc = await publishedPlatform('园区', 'industrial-park')
      expect(await statusOf(save(doc.id, 'en', 'Park', translator, true))).toBe(403)
      const park = onRecord(payload, 'platforms', doc.id)
      expect(
        await statusOf(park.bulkSaveAs(translator, 'de', { name: 'Park', _status: 'published' })),
      ).toBe(403)
      const stored = await mainDocument(doc.id)
      const flags = stored.published as unknown as Partial<Record<Locale, boolean>>
      expect(flags).toMatchObject({ zh: true })
      expect(flags.de ?? false).toBe(false)
      expect(flags.en ?? false).toBe(false)
    })

    it('keeps provenance and publication flags out of the public API', async () => {
      const [first] = (
        await payload.find({
          collection: 'platforms',
          locale: 'de',
          overrideAccess: false,
          limit: 1,
        })
      ).docs
      expect(first).toBeDefined()
      expect(first).not.toHaveProperty('translationSources')
      expect(first).not.toHaveProperty('published')
      const [all] = (
        await payload.find({
          collection: 'platforms',
          locale: 'all',
          overrideAccess: false,
          limit: 1,
        })
      ).docs
      expect(all).not.toHaveProperty('published')
      expect(all).not.toHaveProperty('translationSources')
      // Staff still see both: the admin's lists show the flags.
      const [staffView] = (
        await payload.find({
          collection: 'platforms',
          locale: 'de',
          user: editor,
          overrideAccess: false,
          limit: 1,
        })
      ).docs
      expect(staffView).toHaveProperty('published')
    })

    it('blanks a withdrawn locale in a public read of all locales (how the site reads)', async () => {
      const doc = await publishedPlatform('已发布的中文名', 'incubator')
      await save(doc.id, 'de', 'Zurückgezogener Name', translator, true)
      const req = await createLocalReq({ user: translator as never }, payload)
      await setPublished(req, doc.id, 'de', false)
      // The withdrawn German text is still stored (republishing needs no re-translation)…
      const stored = await mainDocument(doc.id)
      expect((stored.name as unknown as Record<string, unknown>).de).toBe('Zurückgezogener Name')
      // …but a public read of all locales does not return it.
      const all = await payload.findByID({
        collection: 'platforms',
        id: doc.id,
        locale: 'all',
        overrideAccess: false,
        select: { name: true },
      })
      expect(all.name as unknown as Record<string, unknown>).toEqual({
        zh: '已发布的中文名',
        de: null,
      })
      const listed = await payload.find({
        collection: 'platforms',
        locale: 'all',
        overrideAccess: false,
        where: { id: { equals: doc.id } },
      })
      expect((listed.docs[0]!.name as unknown as Record<string, unknown>).de).toBeNull()
    })

    it('unpublishes a record whose required localized field is empty in other locales (payloadcms/payload#15651)', async () => {
      // Published in Chinese only: the required `name` has no German or English value.
      const doc = await publishedPlatform('只有中文的平台', 'incubator')
      const req = await createLocalReq({ user: editor as never }, payload)
      await setPublished(req, doc.id, 'zh', false)
      expect(await publicName(doc.id, 'zh')).toBe('not found')
      expect(await publicName(doc.id, 'de')).toBe('not found')

      // The whole-record unpublish the admin's button sends works as well, and the text stays stored.
      await setPublished(req, doc.id, 'zh', true)
      expect(await publicName(doc.id, 'zh')).toBe('只有中文的平台')
      await onRecord(payload, 'platforms', doc.id).saveAs(editor, 'zh', { _status: 'draft' })
      expect(await publicName(doc.id, 'zh')).toBe('not found')
      const stored = await storedDraft(payload, 'platforms', doc.id, 'zh')
      expect(stored.name).toBe('只有中文的平台')
    })
  },
)
