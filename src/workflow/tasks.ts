import type { PayloadRequest } from 'payload'

import type { ContentCollection } from '@/domain/contentCollections'
import type { Locale } from '@/i18n/locales'

import type { ReviewState } from './reviewStates'
import type { SourcePrints } from './sourcePrints'
import { taskCollection, workflowSettingsGlobal } from './taskSlugs'

type UserId = number | string

/** One record × locale's row in `translation-tasks`, as the workflow reads it (depth 0). */
export type Task = {
  id: number | string
  key: string
  collection: ContentCollection
  recordId: string
  locale: Locale
  state: ReviewState
  assignee?: UserId | null
  dueDate?: string | null
  lastTranslator?: UserId | null
  reviewer?: UserId | null
  returnComment?: string | null
  approvedSources?: SourcePrints | null
  updatedAt?: string
}

export type TaskChanges = Partial<Omit<Task, 'id' | 'key' | 'collection' | 'recordId' | 'locale'>>

export const taskKey = (collection: string, recordId: number | string, locale: string) =>
  `${collection}/${String(recordId)}/${locale}`

/** The tasks of one record (any locale), in the caller's transaction. */
export async function tasksOfRecord(
  req: PayloadRequest,
  collection: string,
  recordId: number | string,
): Promise<Task[]> {
  const { docs } = await req.payload.find({
    collection: taskCollection,
    where: {
      and: [{ collection: { equals: collection } }, { recordId: { equals: String(recordId) } }],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req: { ...req },
  })
  return docs as unknown as Task[]
}

/** The tasks of several records in one locale, by key; records without one have none yet. */
export async function tasksByKey(
  req: PayloadRequest,
  keys: readonly string[],
): Promise<Map<string, Task>> {
  if (keys.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: taskCollection,
    where: { key: { in: [...keys] } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req: { ...req },
  })
  return new Map((docs as unknown as Task[]).map((task) => [task.key, task]))
}

/** Stores a task's changes; the row is created the first time a record × locale is worked on. */
export async function saveTask(
  req: PayloadRequest,
  existing: Task | undefined,
  identity: { collection: ContentCollection; recordId: number | string; locale: Locale },
  changes: TaskChanges,
): Promise<Task> {
  const common = { depth: 0, overrideAccess: true, req } as const
  if (existing) {
    return (await req.payload.update({
      collection: taskCollection,
      id: existing.id,
      data: changes as never,
      ...common,
    })) as unknown as Task
  }
  return (await req.payload.create({
    collection: taskCollection,
    data: {
      key: taskKey(identity.collection, identity.recordId, identity.locale),
      collection: identity.collection,
      recordId: String(identity.recordId),
      locale: identity.locale,
      state: 'to-do',
      ...changes,
    } as never,
    ...common,
  })) as unknown as Task
}

/** Whether an admin lets a translator approve or return their own translation. */
export async function selfReviewAllowed(req: PayloadRequest): Promise<boolean> {
  const settings = await req.payload.findGlobal({
    slug: workflowSettingsGlobal,
    depth: 0,
    overrideAccess: true,
    req: { ...req },
  })
  return Boolean((settings as { allowSelfReview?: boolean | null }).allowSelfReview)
}
