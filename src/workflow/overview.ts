import type { CollectionSlug, PayloadRequest } from 'payload'

import { isEditorUser } from '@/access/roles'
import { describe } from '@/translation/records'

import { reviewQueue, type ReviewQueue } from './queue'

export type ReviewOverview = Omit<ReviewQueue, 'people'> & {
  /** Each task's record title, by `collection/recordId`. */
  titles: Record<string, string>
  /** The assignees' names (editors only: a translator sees their own queue). */
  people: (ReviewQueue['people'][number] & { name: string })[]
}

/**
 * The dashboard's review section: an editor sees every task and each translator's queue; a
 * translator or reviewer the tasks of their locales. Titles and names are read in one query per
 * collection, only for the tasks shown.
 */
export async function reviewOverview(req: PayloadRequest): Promise<ReviewOverview> {
  const queue = await reviewQueue(req, { locale: null, assignee: null })
  const byCollection = new Map<string, string[]>()
  for (const task of queue.tasks) {
    byCollection.set(task.collection, [...(byCollection.get(task.collection) ?? []), task.recordId])
  }
  const titles: Record<string, string> = {}
  await Promise.all(
    [...byCollection].map(async ([collection, ids]) => {
      const field = describe(req.payload, collection as CollectionSlug).titleField ?? 'id'
      const { docs } = await req.payload.find({
        collection: collection as CollectionSlug,
        where: { id: { in: ids } },
        locale: req.locale === 'all' ? undefined : (req.locale ?? undefined),
        draft: true,
        depth: 0,
        pagination: false,
        select: { [field]: true },
        overrideAccess: true,
      })
      for (const doc of docs as unknown as Record<string, unknown>[]) {
        titles[`${collection}/${String(doc.id)}`] = String(doc[field] ?? doc.id)
      }
    }),
  )
  let names: Record<string, string> = {}
  if (isEditorUser(req.user) && queue.people.length > 0) {
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { id: { in: queue.people.map((person) => person.assignee) } },
      depth: 0,
      pagination: false,
      select: { name: true, email: true },
      overrideAccess: true,
    })
    names = Object.fromEntries(docs.map((user) => [String(user.id), user.name || user.email]))
  }
  return {
    ...queue,
    titles,
    people: queue.people.map((person) => ({
      ...person,
      name: names[person.assignee] ?? person.assignee,
    })),
  }
}
