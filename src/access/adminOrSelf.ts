import type { Access } from 'payload'

import { isAdminUser } from './roles'

/** User records are private: admins see all of them, everyone else only their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user)) return true
  return { id: { equals: user.id } }
}
