import type { CollectionSlug, Payload } from 'payload'

import type { Role } from '@/access/roles'

/** The four localized content collections and, for each, one localized and one shared field to write. */
export const contentFixtures = {
  milestones: {
    valid: { title: '德国中心落户太仓', year: 2015, category: 'institution' },
    localized: 'title',
    shared: { year: 2016 },
  },
  events: {
    valid: {
      title: '中德创新城市合作论坛',
      startDate: '2019-01-01T00:00:00.000Z',
      format: 'forum',
    },
    localized: 'title',
    shared: { format: 'summit' },
  },
  enterprises: {
    valid: { name: '克恩-里伯斯', yearArrived: 1993 },
    localized: 'name',
    shared: { yearArrived: 1994 },
  },
  platforms: {
    valid: { name: '德国中小企业(太仓)孵化中心', type: 'incubator' },
    localized: 'name',
    shared: { type: 'innovation-centre' },
  },
} as const satisfies Record<string, { valid: object; localized: string; shared: object }>

export type ContentSlug = keyof typeof contentFixtures
export const contentSlugs = Object.keys(contentFixtures) as ContentSlug[]

export type TestUser = Awaited<ReturnType<Payload['create']>> & {
  roles: Role[]
  locales?: string[]
}

let counter = 0

/** A user with these roles (and, for a translator, these locales), as a session would carry it. */
export async function createUser(
  payload: Payload,
  roles: Role[],
  locales: string[] = [],
): Promise<TestUser> {
  counter += 1
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `user${counter}-${roles.join('-')}@example.org`,
      password: 'correct horse battery',
      roles,
      locales,
    } as never,
    overrideAccess: true,
  })
  // The Local API takes the user as a session would carry it: with its collection.
  return { ...user, collection: 'users' } as unknown as TestUser
}

/** A user of each kind the access rules distinguish; the German translator may edit `de` only. */
export async function createUsers(payload: Payload) {
  const make = (roles: Role[], locales: string[] = []) => createUser(payload, roles, locales)
  return {
    admin: await make(['admin']),
    editor: await make(['editor']),
    translator: await make(['translator'], ['de']),
  }
}

/** A record created by the system (access overridden), published unless `draft`. */
export async function createRecord(
  payload: Payload,
  collection: ContentSlug,
  { draft = false }: { draft?: boolean } = {},
) {
  counter += 1
  const data = {
    ...contentFixtures[collection].valid,
    _status: draft ? 'draft' : 'published',
  } as Record<string, unknown>
  if (collection !== 'milestones') data.slug = `${collection}-${counter}`
  return payload.create({
    collection: collection as CollectionSlug,
    data: data as never,
    locale: 'zh',
    draft,
    overrideAccess: true,
  })
}

/** Everything stored for a record, every locale and the latest draft: what a refused write must not change. */
export async function snapshot(payload: Payload, collection: ContentSlug, id: number | string) {
  return payload.findByID({
    collection: collection as CollectionSlug,
    id,
    locale: 'all',
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
}
