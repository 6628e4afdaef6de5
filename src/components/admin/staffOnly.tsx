import type { ReactNode } from 'react'
import type { Payload, ServerProps } from 'payload'

import { isStaffUser, type AccessUser } from '@/access/roles'
import { adminT } from '@/i18n/adminTranslations'

/** What an admin component shown only to staff works with, the guard passed. */
export type StaffView = {
  payload: Payload
  user: AccessUser
  t: ReturnType<typeof adminT>
  /** The admin panel's and the REST API's base URLs, for links and requests. */
  adminBase: string
  apiBase: string
}

/** The props Payload passes a component above a collection's list. */
type ListProps = ServerProps & { collectionSlug?: string }

function staffView({ payload, user, i18n }: ServerProps): StaffView | null {
  if (!user || !isStaffUser(user)) return null
  const { admin, api } = payload.config.routes
  return {
    payload,
    user,
    t: adminT(i18n),
    adminBase: admin,
    apiBase: `${payload.config.serverURL ?? ''}${api}`,
  }
}

/**
 * An admin component for staff only (editors, translators); everyone else sees nothing. The guard
 * and the URL bases live here once for the navigation link and the tools above the lists.
 */
export function staffOnly(render: (view: StaffView) => ReactNode) {
  return function StaffOnly(props: ServerProps): ReactNode {
    const view = staffView(props)
    return view ? render(view) : null
  }
}

/** Above a collection's list, for staff only: the same guard, and nothing outside a list. */
export function staffListTool(render: (view: StaffView & { collectionSlug: string }) => ReactNode) {
  return function StaffListTool(props: ListProps): ReactNode {
    const view = staffView(props)
    return view && props.collectionSlug
      ? render({ ...view, collectionSlug: props.collectionSlug })
      : null
  }
}
