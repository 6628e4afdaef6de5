import { APIError, type PayloadRequest } from 'payload'

import { isLocale, locales } from '@/i18n/locales'

const allLocales = ['all', '*']

/**
 * Payload quietly swaps an unknown `?locale=` for the default locale, so a request for `fr` would
 * read, or worse write, Chinese. Refuse it instead. REST requests keep the raw value in the query
 * string (Payload has already replaced `req.locale`); Local API calls pass it through unchanged.
 */
export function assertKnownLocale(req: PayloadRequest): void {
  const requested = [req.searchParams?.get('locale'), req.locale].filter(
    (value): value is string => typeof value === 'string' && value !== '',
  )
  const unknown = requested.find((value) => !isLocale(value) && !allLocales.includes(value))
  if (unknown !== undefined) {
    throw new APIError(
      `Unknown locale "${unknown}". Use one of: ${locales.join(', ')} (or "all").`,
      400,
      undefined,
      true,
    )
  }
}

export const rejectUnknownLocale = ({ req }: { req: PayloadRequest }): void =>
  assertKnownLocale(req)
