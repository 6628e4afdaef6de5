import type { PayloadRequest, Where } from 'payload'

import { canReviewLocale } from '@/access/canReviewLocale'
import { translationLocales } from '@/access/canEditLocale'
import { isEditorUser, isStaffUser } from '@/access/roles'
import { ClientError } from '@/http/clientError'
import { adminT } from '@/i18n/adminTranslations'
import { isLocale, locales, type Locale } from '@/i18n/locales'

import { isOverdue, reviewStates, settledStates, type ReviewState } from './reviewStates'
import type { Task } from './tasks'
import { taskCollection } from './taskSlugs'

export type QueueTask = Task & { overdue: boolean }

type StateCounts = Record<ReviewState, number>

export type PersonQueue = { assignee: string; open: number; overdue: number; states: StateCounts }
export type LocaleProgress = {
  total: number
  settled: number
  overdue: number
  states: StateCounts
}

export type ReviewQueue = {
  tasks: QueueTask[]
  /** Per assignee (user id): the tasks not yet approved, how many are overdue, and all by state. */
  people: PersonQueue[]
  /** Per locale: the tasks by state and how many are approved or published. */
  locales: Partial<Record<Locale, LocaleProgress>>
}

const noStates = (): StateCounts =>
  Object.fromEntries(reviewStates.map((state) => [state, 0])) as StateCounts

/** The locales whose tasks this person sees: an editor all, others those they translate or review. */
export function queueLocales(user: PayloadRequest['user']): Locale[] {
  if (isEditorUser(user)) return translationLocales(user)
  return locales.filter(
    (code) => translationLocales(user).includes(code) || canReviewLocale(user, code),
  )
}

/**
 * GET /api/translation/review[?locale=de][&assignee=me|<id>]: the tasks a person may see, with
 * each assignee's queue and overdue work and the progress per locale, for the dashboard.
 */
export async function reviewQueue(
  req: PayloadRequest,
  { locale, assignee }: { locale: string | null; assignee: string | null },
  now: Date = new Date(),
): Promise<ReviewQueue> {
  const t = adminT(req.i18n)
  const user = req.user
  if (!user) throw new ClientError(401, t('translator:reviewSignIn'))
  if (!isStaffUser(user)) throw new ClientError(403, t('translator:reviewNoRole'))
  const visible = queueLocales(user)
  if (locale !== null && !(isLocale(locale) && visible.includes(locale))) {
    throw new ClientError(
      403,
      t('translator:reviewUnknownLocale', { locale, locales: visible.join(', ') }),
    )
  }
  const where: Where[] = [{ locale: { in: locale ? [locale] : visible } }]
  if (assignee) where.push({ assignee: { equals: assignee === 'me' ? user.id : assignee } })
  if (assignee && assignee !== 'me' && !/^[\w-]{1,64}$/.test(assignee)) {
    throw new ClientError(400, t('translator:reviewBadAssignee'))
  }
  const { docs } = await req.payload.find({
    collection: taskCollection,
    where: { and: where },
    depth: 0,
    pagination: false,
    sort: 'dueDate',
    overrideAccess: true,
  })
  const tasks = (docs as unknown as Task[]).map((task) => ({
    ...task,
    overdue: isOverdue(task, now),
  }))

  const people = new Map<string, PersonQueue>()
  const progress: ReviewQueue['locales'] = {}
  for (const task of tasks) {
    const forLocale = (progress[task.locale] ??= {
      total: 0,
      settled: 0,
      overdue: 0,
      states: noStates(),
    })
    forLocale.total += 1
    forLocale.states[task.state] += 1
    if (settledStates.includes(task.state)) forLocale.settled += 1
    if (task.overdue) forLocale.overdue += 1
    if (task.assignee === null || task.assignee === undefined) continue
    const key = String(task.assignee)
    const person = people.get(key) ?? { assignee: key, open: 0, overdue: 0, states: noStates() }
    person.states[task.state] += 1
    if (!settledStates.includes(task.state)) person.open += 1
    if (task.overdue) person.overdue += 1
    people.set(key, person)
  }
  return { tasks, people: [...people.values()], locales: progress }
}
