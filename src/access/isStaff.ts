import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Versions and drafts are working material: staff only, never the public. */
export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)
