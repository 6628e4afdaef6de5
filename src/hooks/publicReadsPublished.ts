import type { CollectionBeforeOperationHook } from 'payload'

import { isStaffUser } from '@/access/roles'

/**
 * The public never reads drafts, even when it asks for them. Without this, `?draft=true` from an
 * anonymous reader returns each record's latest version filtered to published ones, so a
 * published record with a newer draft would vanish from public lists.
 */
export const publicReadsPublished: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  // overrideAccess is the system reading (seed, access checks), not a member of the public.
  if (operation !== 'read' || overrideAccess || isStaffUser(req.user)) return args
  return { ...args, draft: false }
}
