import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isStaffUser } from '@/access/roles'
import { isSitePath } from '@/lib/paths'
import { payloadClient } from '@/queries/read'

/**
 * The admin's Preview button and Live Preview pane open `/preview?path=/de/events/…`. Signed-in
 * staff get Next's draft mode (the page then reads their drafts) and land on the page; anyone
 * else is refused, so the draft-mode cookie cannot be had without an account.
 */
export async function GET(request: Request) {
  const path = new URL(request.url).searchParams.get('path')
  if (!isSitePath(path)) return new Response('A path on this site is required.', { status: 400 })
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || !isStaffUser(user))
    return new Response('Sign in to the admin to preview drafts.', { status: 403 })
  ;(await draftMode()).enable()
  redirect(path)
}
