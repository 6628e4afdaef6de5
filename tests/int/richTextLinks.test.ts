import type { CollectionSlug, Payload } from 'payload'

import { contentSlugs, createRecord, snapshot, type TestUser } from '../helpers/fixtures'
import { rejection } from '../helpers/errors'
import { link, paragraph, richText } from '../helpers/lexical'
import { describeDatabase, useTestPayloadWithUsers } from '../helpers/payload'

/** The rich-text field of each content collection. */
const richTextField = {
  milestones: 'body',
  events: 'body',
  enterprises: 'description',
  platforms: 'description',
} as const

const withLink = (url: string, type: 'link' | 'autolink' = 'link') =>
  richText(paragraph(link(url, 'Link', type)))

describeDatabase(
  'rich-text links only to http(s), mailto, tel and the site (issue #12, item 5)',
  () => {
    let payload: Payload
    let editor: TestUser

    useTestPayloadWithUsers('rich-text-links', (app) => ({ payload, editor } = app))

    const unsafe = [
      ['link', 'javascript:alert(document.cookie)'],
      ['link', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
      ['link', 'VBScript:msgbox(1)'],
      ['autolink', ' JaVa\tScRiPt:alert(1)'],
      ['link', 'javascript&colon;alert(1)'],
      ['link', '//evil.example/'],
    ] as const

    it.each(contentSlugs)(
      'refuses an unsafe link in %s with 400 naming the field, storing nothing',
      async (collection) => {
        const field = richTextField[collection]
        const record = await createRecord(payload, collection)
        const before = await snapshot(payload, collection, record.id)
        for (const [type, url] of unsafe) {
          const error = await rejection(
            payload.update({
              collection: collection as CollectionSlug,
              id: record.id,
              data: { [field]: withLink(url, type), _status: 'published' } as never,
              locale: 'zh',
              user: editor,
              overrideAccess: false,
            }),
          )
          expect({ url, status: error.status }).toEqual({ url, status: 400 })
          expect(Object.keys(error.fields)).toEqual([field])
          expect(error.fields[field]).toContain('tel:')
        }
        expect(await snapshot(payload, collection, record.id)).toEqual(before)
      },
    )

    it('refuses an unsafe link on create, and keeps safe links', async () => {
      const before = (await payload.count({ collection: 'events', overrideAccess: true })).totalDocs
      const error = await rejection(
        payload.create({
          collection: 'events',
          data: {
            title: '论坛',
            slug: 'unsafe-link-forum',
            startDate: '2022-01-01T00:00:00.000Z',
            format: 'forum',
            body: withLink('data:text/html,<script>alert(1)</script>'),
            _status: 'published',
          } as never,
          locale: 'zh',
          user: editor,
          overrideAccess: false,
        }),
      )
      expect(error.status).toBe(400)
      expect(Object.keys(error.fields)).toEqual(['body'])
      expect((await payload.count({ collection: 'events', overrideAccess: true })).totalDocs).toBe(
        before,
      )

      const record = await createRecord(payload, 'events')
      for (const url of [
        'https://www.taicang.gov.cn/',
        'mailto:office@example.org',
        'tel:+8651253200000',
        '/de/events',
      ]) {
        const saved = await payload.update({
          collection: 'events',
          id: record.id,
          data: { body: withLink(url), _status: 'published' } as never,
          locale: 'zh',
          user: editor,
          overrideAccess: false,
        })
        const stored = (saved as unknown as { body: ReturnType<typeof withLink> }).body
        expect((stored.root.children[0]!.children[0]!.fields as { url: string }).url).toBe(url)
      }
    })
  },
)
