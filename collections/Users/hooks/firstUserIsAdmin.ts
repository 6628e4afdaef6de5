import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account, made on the admin's create-first-user screen, must be able to invite the
 * others; without this it would default to editor and nobody could ever manage users.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
