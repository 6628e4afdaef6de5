import type { Payload } from 'payload'

import { statusOf } from '../helpers/errors'
import { createUsers, type TestUser } from '../helpers/fixtures'
import { describeDatabase, useTestPayload } from '../helpers/payload'

describeDatabase('user records', () => {
  let payload: Payload
  let users: Record<'admin' | 'editor' | 'translator', TestUser>

  useTestPayload('users', async (booted) => {
    payload = booted
    users = await createUsers(payload)
  })

  it('shows each user only their own record, and admins every record', async () => {
    const seenBy = async (user?: TestUser) =>
      (await payload.find({ collection: 'users', user, overrideAccess: false, limit: 0 })).docs.map(
        (doc) => doc.id,
      )
    expect(await seenBy(users.editor)).toEqual([users.editor.id])
    expect(await seenBy(users.translator)).toEqual([users.translator.id])
    expect((await seenBy(users.admin)).length).toBe(3)
    expect(await statusOf(payload.find({ collection: 'users', overrideAccess: false }))).toBe(403)
  })

  it('lets only admins change roles and locales', async () => {
    const translatorBefore = await payload.findByID({
      collection: 'users',
      id: users.translator.id,
      overrideAccess: true,
    })
    await payload.update({
      collection: 'users',
      id: users.translator.id,
      data: { roles: ['admin'], locales: ['de', 'en', 'zh'], name: 'Übersetzerin' } as never,
      user: users.translator,
      overrideAccess: false,
    })
    const after = await payload.findByID({
      collection: 'users',
      id: users.translator.id,
      overrideAccess: true,
    })
    // Field-level access drops the privileged fields; the harmless one (name) is saved.
    expect(after.roles).toEqual(translatorBefore.roles)
    expect(after.locales).toEqual(translatorBefore.locales)
    expect(after.name).toBe('Übersetzerin')

    expect(
      await statusOf(
        payload.update({
          collection: 'users',
          id: users.editor.id,
          data: { name: 'x' } as never,
          user: users.translator,
          overrideAccess: false,
        }),
      ),
    ).toBe(403)

    await payload.update({
      collection: 'users',
      id: users.translator.id,
      data: { locales: ['de', 'en'] } as never,
      user: users.admin,
      overrideAccess: false,
    })
    const promoted = await payload.findByID({
      collection: 'users',
      id: users.translator.id,
      overrideAccess: true,
    })
    expect(promoted.locales).toEqual(['de', 'en'])
  })

  it('refuses account creation and deletion to non-admins', async () => {
    const data = {
      email: 'new@example.org',
      password: 'correct horse battery',
      roles: ['editor'],
    } as never
    expect(
      await statusOf(
        payload.create({ collection: 'users', data, user: users.editor, overrideAccess: false }),
      ),
    ).toBe(403)
    expect(
      await statusOf(payload.create({ collection: 'users', data, overrideAccess: false })),
    ).toBe(403)
    expect(
      await statusOf(
        payload.delete({
          collection: 'users',
          id: users.translator.id,
          user: users.editor,
          overrideAccess: false,
        }),
      ),
    ).toBe(403)
  })
})
