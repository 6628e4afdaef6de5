import type { CollectionSlug, Payload } from 'payload'

import { locales, type Locale } from '@/i18n/locales'

import { statusOf } from '../helpers/errors'
import {
  contentFixtures,
  contentSlugs,
  createRecord,
  snapshot,
  type ContentSlug,
  type TestUser,
} from '../helpers/fixtures'
import { onRecord } from '../helpers/localApi'
import { describeDatabase, useTestPayloadWithUsers } from '../helpers/payload'

type Role = 'anonymous' | 'translator' | 'editor' | 'admin'
type Operation = 'create' | 'read' | 'readDraft' | 'update' | 'updateShared' | 'publish' | 'delete'

const roles: Role[] = ['anonymous', 'translator', 'editor', 'admin']
const operations: Operation[] = [
  'create',
  'read',
  'readDraft',
  'update',
  'updateShared',
  'publish',
  'delete',
]

/** The rules of the foundation issue, written out: the matrix every case is checked against. */
function allowed(role: Role, operation: Operation, locale: Locale): boolean {
  if (role === 'admin' || role === 'editor') return true
  if (role === 'anonymous') return operation === 'read'
  if (operation === 'read' || operation === 'readDraft') return true
  // Translators publish their own locale, one at a time (src/translation/publishing.ts).
  if (operation === 'update' || operation === 'publish') return locale === 'de'
  return false
}

const cases = roles.flatMap((role) =>
  contentSlugs.flatMap((collection) =>
    operations.flatMap((operation) =>
      locales.map((locale) => ({ role, collection, operation, locale })),
    ),
  ),
)

describeDatabase('access matrix: role × collection × operation × locale', () => {
  let payload: Payload
  let users: Record<Exclude<Role, 'anonymous'>, TestUser>

  useTestPayloadWithUsers('access', ({ payload: booted, ...standard }) => {
    payload = booted
    users = standard
  })

  const as = (role: Role) =>
    role === 'anonymous' ? { overrideAccess: false } : { user: users[role], overrideAccess: false }

  async function attempt(
    role: Role,
    collection: ContentSlug,
    operation: Operation,
    locale: Locale,
  ) {
    const slug = collection as CollectionSlug
    const fixture = contentFixtures[collection]
    const record = await createRecord(payload, collection, { draft: operation === 'readDraft' })
    const before = await snapshot(payload, collection, record.id)
    const countBefore = (await payload.count({ collection: slug, overrideAccess: true })).totalDocs

    const run = (): Promise<unknown> => {
      switch (operation) {
        case 'create':
          return payload.create({
            collection: slug,
            locale,
            data: { ...fixture.valid } as never,
            ...as(role),
          })
        case 'read':
          return payload.findByID({ collection: slug, id: record.id, locale, ...as(role) })
        case 'readDraft':
          return payload.findByID({
            collection: slug,
            id: record.id,
            locale,
            draft: true,
            ...as(role),
          })
        case 'update':
          return payload.update({
            collection: slug,
            id: record.id,
            locale,
            draft: true,
            data: { [fixture.localized]: `${locale} text`, _status: 'draft' } as never,
            ...as(role),
          })
        case 'updateShared':
          return payload.update({
            collection: slug,
            id: record.id,
            locale,
            draft: true,
            data: { ...fixture.shared, _status: 'draft' } as never,
            ...as(role),
          })
        case 'publish':
          return payload.update({
            collection: slug,
            id: record.id,
            locale,
            data: { [fixture.localized]: `${locale} published`, _status: 'published' } as never,
            ...as(role),
          })
        case 'delete':
          return payload.delete({ collection: slug, id: record.id, ...as(role) })
      }
    }
    return { status: await statusOf(run()), before, countBefore, record }
  }

  it.each(cases)(
    '$role $operation $collection in $locale',
    async ({ role, collection, operation, locale }) => {
      const { status, before, countBefore, record } = await attempt(
        role,
        collection,
        operation,
        locale,
      )
      const expected = allowed(role, operation, locale)

      if (expected) {
        expect(status).toBe(200)
        return
      }
      // Refused: 403 for writes; an unpublished record simply does not exist for the public.
      expect(status).toBe(operation === 'readDraft' ? 404 : 403)
      expect(
        (await payload.count({ collection: collection as CollectionSlug, overrideAccess: true }))
          .totalDocs,
      ).toBe(countBefore)
      expect(await snapshot(payload, collection, record.id)).toEqual(before)
    },
  )

  it('shows the public the published version of a record that has a newer draft', async () => {
    const record = await createRecord(payload, 'platforms')
    await onRecord(payload, 'platforms', record.id).systemSave(
      'zh',
      { name: '尚未发布的新名称', _status: 'draft' },
      { draft: true },
    )
    // Asking for drafts does not give the public the draft, nor hide the published record.
    const listed = await payload.find({
      collection: 'platforms',
      locale: 'zh',
      draft: true,
      limit: 0,
      overrideAccess: false,
    })
    const shown = listed.docs.find((doc) => doc.id === record.id)
    expect(shown?.name).toBe(contentFixtures.platforms.valid.name)
    const byId = await payload.findByID({
      collection: 'platforms',
      id: record.id,
      locale: 'zh',
      draft: true,
      overrideAccess: false,
    })
    expect(byId.name).toBe(contentFixtures.platforms.valid.name)
  })

  it('keeps drafts and versions away from the public', async () => {
    for (const collection of contentSlugs) {
      const slug = collection as CollectionSlug
      const draft = await createRecord(payload, collection, { draft: true })
      const listed = await payload.find({
        collection: slug,
        draft: true,
        limit: 0,
        overrideAccess: false,
      })
      expect(listed.docs.map((doc) => doc.id)).not.toContain(draft.id)
      expect(
        await statusOf(payload.findVersions({ collection: slug, overrideAccess: false })),
      ).toBe(403)
      expect(
        await statusOf(
          payload.findVersions({ collection: slug, user: users.translator, overrideAccess: false }),
        ),
      ).toBe(200)
    }
  })
})
