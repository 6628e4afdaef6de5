import type { Locale } from '@/i18n/locales'

import type { ContentCollection } from '@/domain/contentCollections'
import type { Shown } from './localized'
import { recordPath } from './paths'
import { sameId, type Id } from './records'

type Record = { id: Id; slug?: string | null } & (
  { name: Shown<string> } | { title: Shown<string> }
)

/** The records whose ids are listed (a relationship field's values). */
export function withIds<T extends { id: Id }>(items: readonly T[], ids: readonly Id[]): T[] {
  return items.filter((item) => ids.some((id) => sameId(id, item.id)))
}

/** The records that point to `id` through the relationship `ids` reads. */
export function pointingTo<T>(
  items: readonly T[],
  ids: (item: T) => readonly (Id | null)[],
  id: Id,
): T[] {
  return items.filter((item) => ids(item).some((other) => other !== null && sameId(other, id)))
}

/** A heading and links to records of one collection, for the related-records block of a page. */
export function relatedGroup(
  locale: Locale,
  heading: string,
  collection: ContentCollection,
  items: readonly Record[],
) {
  return {
    heading,
    items: items.map((item) => ({
      href: recordPath(locale, collection, item),
      name: 'name' in item ? item.name : item.title,
    })),
  }
}

/**
 * The related-records block of a page: one group per collection, in the order given, each headed
 * by the page's `related.<collection>` string.
 */
export function relatedGroups<C extends ContentCollection>(
  locale: Locale,
  heading: (collection: C) => string,
  groups: { readonly [K in C]: readonly Record[] },
) {
  return (Object.keys(groups) as C[]).map((collection) =>
    relatedGroup(locale, heading(collection), collection, groups[collection]),
  )
}
