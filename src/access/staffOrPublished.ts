import type { Access, Where } from 'payload'

import { isStaffUser } from './roles'

export const publishedOnly: Where = { _status: { equals: 'published' } }

/** The public reads published documents only; staff read drafts too. */
export const staffOrPublished: Access = ({ req: { user } }) =>
  isStaffUser(user) ? true : publishedOnly
