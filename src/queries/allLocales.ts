import type { Config } from '@/payload-types'

import type { ContentCollection } from '@/domain/contentCollections'
import type { Localized, RichText } from '@/lib/localized'

/**
 * The types of what the public reads get back, derived from payload-types.ts. That file is
 * generated for a read in one locale, where a localized field is its value; the site reads with
 * `locale: 'all'`, where it is one value per locale, some missing.
 */

/** A document with its localized fields (`L`) as one value per locale. */
export type AllLocales<Doc, L extends PropertyKey> = {
  [K in keyof Doc]: K extends L ? Localized<Stored<NonNullable<Doc[K]>>> | null | undefined : Doc[K]
}

/** payload-types.ts spells out the rich-text JSON; the site reads it as Lexical's editor state. */
type Stored<T> = T extends { root: unknown } ? RichText : T

/** The fields of a read's `select`: `true` for each. */
export type Select = Readonly<Record<string, true>>

/**
 * The localized fields of each collection the site shows, as the collections declare them
 * (`localized: true`); tests/unit/queryTypes.test.ts checks the two agree.
 */
export const localizedFields = {
  milestones: ['title', 'summary', 'body'],
  events: ['title', 'city', 'venue', 'organizer', 'summary', 'body'],
  enterprises: ['name', 'germanHeadquarters', 'description'],
  platforms: ['name', 'location', 'operator', 'description'],
} as const satisfies { [C in ContentCollection]: readonly (keyof Config['collections'][C])[] }

/** The localized fields of the site's globals (key figures: of each figure). */
export const localizedGlobalFields = {
  'site-settings': ['siteName', 'tagline', 'description', 'overview', 'outlook', 'contactAddress'],
  'key-figures': ['label', 'unit'],
} as const

type Doc<C extends ContentCollection> = Config['collections'][C]

/** A record as a public read returns it: the selected fields (and the id), in every locale. */
export type ReadDoc<C extends ContentCollection, S extends Select> = AllLocales<
  Pick<Doc<C>, Extract<'id' | keyof S, keyof Doc<C>>>,
  Extract<(typeof localizedFields)[C][number], keyof S>
>
