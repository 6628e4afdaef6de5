import type { CollectionSlug, Payload } from 'payload'

import { rejection } from '../helpers/errors'
import { createRecord, snapshot, type TestUser } from '../helpers/fixtures'
import { describeDatabase, useTestPayloadWithUsers } from '../helpers/payload'

describeDatabase(
  'bad input is refused with 400 and a message per field, and nothing is stored',
  () => {
    let payload: Payload
    let editor: TestUser

    useTestPayloadWithUsers('validation', (app) => ({ payload, editor } = app))

    const as = () => ({ user: editor, overrideAccess: false, locale: 'zh' as const })
    const count = async (collection: string) =>
      (await payload.count({ collection: collection as CollectionSlug, overrideAccess: true }))
        .totalDocs

    it('refuses a year outside 1949–2100', async () => {
      const before = await count('milestones')
      const error = await rejection(
        payload.create({
          collection: 'milestones',
          data: { title: '测试', year: 1800, category: 'event' } as never,
          ...as(),
        }),
      )
      expect(error.status).toBe(400)
      expect(error.fields.year).toMatch(/1949/)
      expect(await count('milestones')).toBe(before)
    })

    it('names every bad field at once: an unknown category beside a year out of range', async () => {
      for (const draft of [false, true]) {
        const error = await rejection(
          payload.create({
            collection: 'milestones',
            data: { title: '测试', year: 1800, category: 'party' } as never,
            draft,
            ...as(),
          }),
        )
        expect(error.status).toBe(400)
        expect(Object.keys(error.fields).sort()).toEqual(['category', 'year'])
      }
    })

    it('refuses an event that ends before it starts', async () => {
      const event = await createRecord(payload, 'events')
      const before = await snapshot(payload, 'events', event.id)
      const error = await rejection(
        payload.update({
          collection: 'events',
          id: event.id,
          data: {
            startDate: '2019-05-02T00:00:00.000Z',
            endDate: '2019-05-01T00:00:00.000Z',
          } as never,
          ...as(),
        }),
      )
      expect(error.status).toBe(400)
      expect(error.fields.endDate).toMatch(/结束日期/)
      expect(await snapshot(payload, 'events', event.id)).toEqual(before)
    })

    it('refuses a malformed registration URL and website', async () => {
      const before = await count('events')
      const error = await rejection(
        payload.create({
          collection: 'events',
          data: {
            title: '路演',
            startDate: '2022-01-01T00:00:00.000Z',
            format: 'roadshow',
            registrationUrl: 'not a url',
          } as never,
          ...as(),
        }),
      )
      expect(error.status).toBe(400)
      expect(error.fields.registrationUrl).toMatch(/https:\/\//)
      expect(await count('events')).toBe(before)

      const platform = await createRecord(payload, 'platforms')
      const stored = await snapshot(payload, 'platforms', platform.id)
      const websiteError = await rejection(
        payload.update({
          collection: 'platforms',
          id: platform.id,
          data: { website: 'ftp://x' } as never,
          ...as(),
        }),
      )
      expect(websiteError.fields.website).toMatch(/https:\/\//)
      expect(await snapshot(payload, 'platforms', platform.id)).toEqual(stored)
    })

    it('refuses an unknown select value', async () => {
      const before = await count('platforms')
      const error = await rejection(
        payload.create({
          collection: 'platforms',
          data: { name: '园区', type: 'casino' } as never,
          ...as(),
        }),
      )
      expect(error.status).toBe(400)
      expect(Object.keys(error.fields)).toContain('type')
      expect(await count('platforms')).toBe(before)
    })

    it('checks the shape of every value in Local API drafts as in published saves', async () => {
      const milestone = await createRecord(payload, 'milestones')
      const before = await snapshot(payload, 'milestones', milestone.id)
      const draftUpdate = (data: Record<string, unknown>, locale: 'zh' | 'all' = 'zh') =>
        rejection(
          payload.update({
            collection: 'milestones',
            id: milestone.id,
            data: data as never,
            draft: true,
            ...as(),
            locale: locale as never,
          }),
        )
      expect((await draftUpdate({ title: { a: 1 } })).fields.title).toBeDefined()
      expect((await draftUpdate({ year: '2020abc' })).fields.year).toBeDefined()
      expect((await draftUpdate({ year: 1800 })).fields.year).toMatch(/1949/)
      expect((await draftUpdate({ platforms: [999999] })).fields.platforms).toMatch(/999999/)
      expect((await draftUpdate({ date: 'not a date' })).fields.date).toBeDefined()
      expect((await draftUpdate({ summary: 'x'.repeat(40_001) })).fields.summary).toMatch(/40000/)
      expect((await draftUpdate({ body: { root: 'x' } })).fields.body).toBeDefined()
      expect(
        (await draftUpdate({ title: { zh: '标题', de: 7 } }, 'all')).fields['title.de'],
      ).toBeDefined()
      expect((await draftUpdate({ _status: 'bogus' })).fields._status).toBeDefined()
      expect(await snapshot(payload, 'milestones', milestone.id)).toEqual(before)
    })

    it('refuses a draft create without a required field, and keeps drafts free to leave others empty', async () => {
      const before = await count('events')
      const error = await rejection(
        payload.create({
          collection: 'events',
          data: { title: '路演', startDate: '2022-01-01T00:00:00.000Z' } as never,
          draft: true,
          ...as(),
        }),
      )
      expect(error.status).toBe(400)
      expect(Object.keys(error.fields)).toEqual(['format'])
      expect(await count('events')).toBe(before)
      const created = await payload.create({
        collection: 'events',
        data: { title: '路演', startDate: '2022-01-01T00:00:00.000Z', format: 'roadshow' } as never,
        draft: true,
        ...as(),
      })
      expect(created.id).toBeDefined()
    })

    it("lets an editor duplicate a record as a draft: the copy's values come from the original", async () => {
      const original = await createRecord(payload, 'events')
      const copy = await payload.duplicate({
        collection: 'events',
        id: original.id,
        draft: true,
        ...as(),
      })
      expect(copy.id).not.toBe(original.id)
      expect((copy as { format?: string }).format).toBe((original as { format?: string }).format)
    })

    it('leaves a draft value its field hook rewrites to that hook: a typed slug becomes a slug', async () => {
      const event = await createRecord(payload, 'events', { draft: true })
      const saved = await payload.update({
        collection: 'events',
        id: event.id,
        data: { slug: 'Hello World' } as never,
        draft: true,
        ...as(),
      })
      expect((saved as { slug?: string }).slug).toBe('hello-world')
    })

    it('accepts the rich text the editor writes: headings, links, lists, quotes and rules', async () => {
      const text = (value: string) => ({
        type: 'text',
        version: 1,
        text: value,
        format: 0,
        detail: 0,
        mode: 'normal',
        style: '',
      })
      const block = (type: string, children: unknown[], extra = {}) => ({
        type,
        version: 1,
        children,
        direction: 'ltr',
        format: '',
        indent: 0,
        ...extra,
      })
      const body = {
        root: block('root', [
          block('heading', [text('德国中心')], { tag: 'h2' }),
          block('paragraph', [
            text('见 '),
            block('link', [text('网站')], {
              fields: { url: 'https://example.org', linkType: 'custom' },
            }),
            { type: 'linebreak', version: 1 },
          ]),
          block('list', [block('listitem', [text('一')], { value: 1 })], {
            listType: 'bullet',
            tag: 'ul',
            start: 1,
          }),
          block('quote', [text('引语')]),
          { type: 'horizontalrule', version: 1 },
        ]),
      }
      const milestone = await createRecord(payload, 'milestones')
      const saved = await payload.update({
        collection: 'milestones',
        id: milestone.id,
        data: { body } as never,
        draft: true,
        ...as(),
      })
      expect(
        (saved as { body?: { root: { children: unknown[] } } }).body?.root.children,
      ).toHaveLength(5)
    })

    it('refuses an unknown locale instead of quietly writing Chinese', async () => {
      const milestone = await createRecord(payload, 'milestones')
      const before = await snapshot(payload, 'milestones', milestone.id)
      const error = await rejection(
        payload.update({
          collection: 'milestones',
          id: milestone.id,
          data: { title: 'Jalon' } as never,
          user: editor,
          overrideAccess: false,
          locale: 'fr' as never,
        }),
      )
      expect(error.status).toBe(400)
      expect(error.message).toMatch(/Unknown locale "fr"/)
      expect(await snapshot(payload, 'milestones', milestone.id)).toEqual(before)
      expect(
        (await rejection(payload.find({ collection: 'milestones', locale: 'fr' as never }))).status,
      ).toBe(400)
    })

    it('takes an event without a date only when it says why: held regularly, or undated in the source', async () => {
      const before = await count('events')
      const event = { title: '啤酒节', format: 'festival' }
      for (const draft of [true, false]) {
        const missing = await rejection(
          payload.create({
            collection: 'events',
            data: { ...event, ...(draft ? {} : { _status: 'published' }) } as never,
            draft,
            ...as(),
          }),
        )
        expect([draft, missing.status, Boolean(missing.fields.startDate)]).toEqual([
          draft,
          400,
          true,
        ])
      }
      const contradictory = await rejection(
        payload.create({
          collection: 'events',
          data: {
            ...event,
            schedule: 'undated',
            startDate: '2022-01-01T00:00:00.000Z',
            _status: 'published',
          } as never,
          ...as(),
        }),
      )
      expect(contradictory.status).toBe(400)
      expect(contradictory.fields.startDate).toBeDefined()
      expect(await count('events')).toBe(before)

      const regular = await payload.create({
        collection: 'events',
        data: { ...event, schedule: 'regular', _status: 'published' } as never,
        ...as(),
      })
      expect([regular.schedule, regular.startDate ?? null]).toEqual(['regular', null])
    })
  },
)
