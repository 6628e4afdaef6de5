import type { PayloadRequest } from 'payload'

import { canEditLocale } from '@/access/canEditLocale'
import { canReviewLocale } from '@/access/canReviewLocale'
import { isStaffUser } from '@/access/roles'
import { ClientError } from '@/http/clientError'
import { isLocale, locales, type Locale } from '@/i18n/locales'

import { translatedCollections, type TranslatedSlug } from '../records'

/**
 * The locale a translation request is about, checked against who asks: editors may work on any
 * locale, translators only on their own. Reading and writing follow the same rule, so a German
 * translator cannot even list what is missing in English. A read a reviewer needs (the source and its
 * diff beside the translation) also admits the reviewers of the locale.
 */
export function authorizedLocale(
  req: PayloadRequest,
  requested: string | null,
  { reviewers = false }: { reviewers?: boolean } = {},
): Locale {
  if (!req.user) throw new ClientError(401, 'Sign in to use the translation API.')
  if (!isStaffUser(req.user)) throw new ClientError(403, 'Your account has no role in this CMS.')
  if (!requested) throw new ClientError(400, `Name a locale: ?locale=${locales.join('|')}.`)
  if (!isLocale(requested)) {
    throw new ClientError(400, `Unknown locale "${requested}". Use one of: ${locales.join(', ')}.`)
  }
  if (!canEditLocale(req.user, requested) && !(reviewers && canReviewLocale(req.user, requested))) {
    throw new ClientError(
      403,
      `You may work only in your own locales (${(req.user.locales ?? []).join(', ') || 'none'}).`,
    )
  }
  return requested
}

/** `?collections=a,b` limited to the translated collections and globals; all of them when absent. */
export function requestedCollections<Slug extends TranslatedSlug = TranslatedSlug>(
  value: string | null,
  known: readonly Slug[] = translatedCollections as Slug[],
): Slug[] {
  if (!value) return [...known]
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  const unknown = names.filter((name) => !(known as readonly string[]).includes(name))
  if (unknown.length > 0) {
    throw new ClientError(
      400,
      `Unknown collection(s): ${unknown.join(', ')}. Use: ${known.join(', ')}.`,
    )
  }
  return names as Slug[]
}
