import type { PayloadRequest, SanitizedConfig, Where } from 'payload'

import { auditLogSlug, isAuditAction } from '@/domain/auditActions'
import { ClientError } from '@/http/clientError'
import { isWellFormedId } from '@/http/documentIds'
import { adminT } from '@/i18n/adminTranslations'
import { isLocale, locales } from '@/i18n/locales'

/** The query parameters the CSV export takes, the same filters the admin list offers. */
export const auditFilterNames = ['user', 'action', 'collection', 'locale', 'from', 'to'] as const

/** What an entry can be about: every collection and global but the log itself and Payload's own. */
export function auditableCollections(config: SanitizedConfig): string[] {
  return [
    ...config.collections.map((collection) => collection.slug),
    ...config.globals.map((global) => global.slug),
  ].filter((slug) => slug !== auditLogSlug && !slug.startsWith('payload-'))
}

const day = /^\d{4}-\d{2}-\d{2}$/
const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

/**
 * A date (the whole day, in UTC) or an ISO instant with its offset; anything else is refused
 * rather than read as some other time. `end` turns a day into the start of the next one.
 */
function parseTime(
  t: ReturnType<typeof adminT>,
  name: string,
  value: string,
  end: boolean,
): string {
  const valid = day.test(value) || instant.test(value)
  const time = valid ? new Date(day.test(value) ? `${value}T00:00:00Z` : value) : null
  // A day that does not exist (2026-02-30) is refused, not rolled over into the next month.
  const exists =
    time && !Number.isNaN(time.getTime()) && time.toISOString().startsWith(value.slice(0, 10))
  if (!time || !exists) throw new ClientError(400, t('translator:auditBadDate', { name, value }))
  if (end && day.test(value)) time.setUTCDate(time.getUTCDate() + 1)
  return time.toISOString()
}

/**
 * The `where` for `?user=&action=&collection=&locale=&from=&to=`: each present filter narrows
 * the list; an unknown parameter or value is a 400 naming it, so a typo never exports everything.
 * `user` is an account's e-mail (as kept in the entry, so it outlives the account) or id;
 * `action` may list several, comma-separated; `from` and `to` are days (both included) or instants.
 */
export function auditWhere(req: PayloadRequest): Where {
  const t = adminT(req.i18n)
  const params = new URLSearchParams(req.searchParams)
  const and: Where[] = []
  for (const name of new Set(params.keys())) {
    if (!(auditFilterNames as readonly string[]).includes(name))
      throw new ClientError(
        400,
        t('translator:auditUnknownFilter', {
          name,
          known: auditFilterNames.join(', '),
        }),
      )
    if (params.getAll(name).length > 1)
      throw new ClientError(400, t('translator:auditRepeatedFilter', { name }))
  }
  const value = (name: (typeof auditFilterNames)[number]) => {
    const text = params.get(name)?.trim()
    return text ? text : null
  }

  const user = value('user')
  if (user !== null) {
    if (user.includes('@')) and.push({ userEmail: { equals: user.toLowerCase() } })
    else if (isWellFormedId(req.payload, 'users', user)) and.push({ user: { equals: user } })
    else throw new ClientError(400, t('translator:auditBadUser', { value: user }))
  }

  const action = value('action')
  if (action !== null) {
    const actions = action.split(',').map((item) => item.trim())
    const unknown = actions.filter((item) => !isAuditAction(item))
    if (unknown.length > 0)
      throw new ClientError(400, t('translator:auditBadAction', { value: unknown.join(', ') }))
    and.push({ action: { in: actions } })
  }

  const collection = value('collection')
  if (collection !== null) {
    const known = auditableCollections(req.payload.config)
    if (!known.includes(collection))
      throw new ClientError(
        400,
        t('translator:auditBadCollection', {
          value: collection,
          known: known.join(', '),
        }),
      )
    and.push({ recordCollection: { equals: collection } })
  }

  const locale = value('locale')
  if (locale !== null) {
    if (!isLocale(locale))
      throw new ClientError(
        400,
        t('translator:auditBadLocale', { value: locale, known: locales.join(', ') }),
      )
    and.push({ locales: { in: [locale] } })
  }

  const from = value('from')
  const to = value('to')
  const since = from === null ? null : parseTime(t, 'from', from, false)
  const until = to === null ? null : parseTime(t, 'to', to, true)
  if (since && until && since >= until)
    throw new ClientError(400, t('translator:auditEmptyRange', { from: from!, to: to! }))
  if (since) and.push({ at: { greater_than_equal: since } })
  if (until) and.push({ at: { less_than: until } })
  return and.length > 0 ? { and } : {}
}
