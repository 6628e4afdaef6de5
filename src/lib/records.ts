import { sourceLocale, type Locale } from '@/i18n/locales'

import { show, type Localized, type RichText, type Shown } from './localized'

export type Id = number | string

/** A required text: the record's slug stands in only if no locale has any text at all. */
export function title(
  field: Localized<string> | null | undefined,
  locale: Locale,
  standIn: string,
): Shown<string> {
  return show(field, locale) ?? { value: standIn, lang: sourceLocale }
}

/** Relationship values at depth 0 are ids; a populated one is an object with an id. */
export function ids(value: unknown): Id[] {
  if (!Array.isArray(value)) return value === null || value === undefined ? [] : ids([value])
  return value
    .map((item) =>
      typeof item === 'object' && item !== null && 'id' in item ? (item as { id: Id }).id : item,
    )
    .filter((item): item is Id => typeof item === 'number' || typeof item === 'string')
}

export const sameId = (a: Id, b: Id) => String(a) === String(b)

/** What the detail page of an organisation (enterprise, platform) adds to its summary. */
export type OrganisationDetail = {
  website: string | null
  description: Shown<RichText> | null
  source: string | null
}
