import type { ServerProps } from 'payload'

import { canEditLocale } from '@/access/canEditLocale'
import { isStaffUser } from '@/access/roles'
import type { ContentCollection } from '@/domain/contentCollections'
import { endonyms, locales } from '@/i18n/locales'
import { scheduledItems } from '@/translation/scheduledPublishing'

import { ScheduleForm } from './ScheduleForm'

/**
 * Beside a content record's publish controls: schedule the publication or withdrawal of some of
 * its locales (a translator's own only), and this record's waiting publications, each with a
 * cancel button. Nothing on a record not yet saved: there is nothing to schedule yet.
 */
export async function ScheduleOnEdit({
  id,
  payload,
  user,
  locale,
  collection,
}: ServerProps & { collection: ContentCollection }) {
  if (id === undefined || !user || !isStaffUser(user as never)) return null
  const own = locales.filter((code) => canEditLocale(user as never, code))
  if (own.length === 0) return null
  const record = String(id)
  const pending = await scheduledItems(payload, user as never, { collection, record })
  return (
    <ScheduleForm
      api={`${payload.config.serverURL ?? ''}${payload.config.routes.api}`}
      collection={collection}
      record={record}
      locales={own.map((code) => ({ code, name: endonyms[code] }))}
      editing={locale?.code}
      initial={pending}
    />
  )
}
