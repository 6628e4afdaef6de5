import {
  getCurrentDate,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
  type TaskConfig,
  type Where,
} from 'payload'

import { canEditLocale } from '@/access/canEditLocale'
import type { AccessUser } from '@/access/roles'
import { recordAudit } from '@/audit/record'
import { isLocale, locales, type Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'

import { ClientError } from '@/http/clientError'
import { setLocalePublished } from './publishing'
import { recordIdFrom } from './recordId'
import { translatedCollections } from './report'

/**
 * Scheduled publishing per locale, on Payload's jobs queue: one job per record × locale, waiting
 * until its time (`waitUntil`). The job publishes or withdraws through setLocalePublished as the
 * user who scheduled it, so a scheduled publish follows the same rules (a translator's own locale
 * only, over the public shared values, on a record an editor has published) and revalidates the
 * same pages as pressing Publish at that moment.
 *
 * Payload's built-in `schedulePublish` does not fit: its "unpublish" sets the whole document to
 * draft (every locale at once) and it ignores our published flags.
 */
export const publicationQueue = 'publication'
export const publishLocaleTaskSlug = 'publishLocale'

export const scheduleActions = ['publish', 'withdraw'] as const
export type ScheduleAction = (typeof scheduleActions)[number]

/** At most this many record × locale jobs per request: a whole collection fits, a runaway script does not. */
export const maxScheduledPerRequest = 1000

export type PublishLocaleInput = {
  collection: CollectionSlug
  /** Text, whatever the database's id type: the job input is JSON. */
  record: string
  locale: Locale
  action: ScheduleAction
  /** The record's title when it was scheduled, for the dashboard. */
  title: string
  /** The user who scheduled it: the job acts as them. */
  user: User['id']
}

export const publishLocaleTask: TaskConfig<{ input: PublishLocaleInput; output: object }> = {
  slug: publishLocaleTaskSlug,
  label: 'Publish or withdraw one locale of one record',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'record', type: 'text', required: true },
    { name: 'locale', type: 'select', options: [...locales], required: true },
    { name: 'action', type: 'select', options: [...scheduleActions], required: true },
    { name: 'title', type: 'text', required: true },
    { name: 'user', type: 'relationship', relationTo: 'users', required: true },
  ],
  // Refused or failed publications are not retried: the dashboard shows them to be rescheduled.
  retries: 0,
  handler: async ({ input, req }) => {
    const user = await req.payload.findByID({
      collection: 'users',
      id: input.user,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!user) throw new Error(`The user who scheduled this (${input.user}) no longer exists.`)
    const id = recordIdFrom(req.payload, input.record, input.collection)
    if (id === null) throw new Error(`"${input.record}" is not a record id.`)
    await setLocalePublished(
      { payload: req.payload, user: { ...user, collection: 'users' } },
      {
        collection: input.collection,
        id,
        locale: input.locale,
        published: input.action === 'publish',
        via: 'schedule',
      },
    )
    return { output: {} }
  },
}

/** One scheduled (or failed) publication as the dashboard and `GET /api/translation/schedule` show it. */
export type ScheduledItem = {
  job: number | string
  collection: CollectionSlug
  record: string
  title: string
  locale: Locale
  action: ScheduleAction
  at: string
  by: string
  state: 'pending' | 'failed'
  error?: string
}

type ScheduleBody = {
  records?: unknown
  locales?: unknown
  action?: unknown
  at?: unknown
}

const bodyShape =
  'Send JSON { "records": [{ "collection": "events", "id": 12 }, …], "locales": ["de", …], ' +
  '"action": "publish"|"withdraw", "at": "2026-12-24T08:00:00Z" }.'

function requestedLocales(user: AccessUser, value: unknown): Locale[] {
  if (!Array.isArray(value) || value.length === 0 || value.some((code) => typeof code !== 'string'))
    throw new ClientError(400, `Name the locales: "locales": [${locales.join(', ')}]. ${bodyShape}`)
  const unknown = (value as string[]).filter((code) => !isLocale(code))
  if (unknown.length > 0) {
    throw new ClientError(
      400,
      `Unknown locale(s): ${unknown.join(', ')}. Use: ${locales.join(', ')}.`,
    )
  }
  const codes = [...new Set(value as Locale[])]
  const foreign = codes.filter((code) => !canEditLocale(user, code))
  if (foreign.length > 0) {
    throw new ClientError(
      403,
      `You may schedule only your own locales (${(user.locales ?? []).join(', ') || 'none'}), not ${foreign.join(', ')}.`,
    )
  }
  return codes
}

function requestedTime(value: unknown): Date {
  const at = typeof value === 'string' ? new Date(value) : null
  if (!at || Number.isNaN(at.getTime()))
    throw new ClientError(400, `"at" must be a date and time such as "2026-12-24T08:00:00Z".`)
  if (at.getTime() <= getCurrentDate().getTime()) {
    throw new ClientError(400, `"at" (${at.toISOString()}) is in the past; name a future time.`)
  }
  return at
}

/**
 * The records named, each read as `req.user` (404 naming the first one that does not exist), with
 * the title the dashboard shows.
 */
async function requestedRecords(
  req: PayloadRequest,
  value: unknown,
): Promise<{ collection: CollectionSlug; record: string; title: string }[]> {
  if (!Array.isArray(value) || value.length === 0) {
    throw new ClientError(400, `Name at least one record. ${bodyShape}`)
  }
  const found = []
  for (const entry of value as unknown[]) {
    const { collection: name, id } = (entry ?? {}) as { collection?: unknown; id?: unknown }
    if (typeof name !== 'string' || (typeof id !== 'string' && typeof id !== 'number'))
      throw new ClientError(400, `Each record needs a "collection" and an "id". ${bodyShape}`)
    if (!(translatedCollections as string[]).includes(name)) {
      throw new ClientError(
        400,
        `Unknown collection "${name}". Use: ${translatedCollections.join(', ')}.`,
      )
    }
    const collection = name as CollectionSlug
    const recordId = recordIdFrom(req.payload, String(id), collection)
    const doc =
      recordId === null
        ? null
        : await req.payload.findByID({
            collection,
            id: recordId,
            depth: 0,
            draft: true,
            disableErrors: true,
            overrideAccess: false,
            user: req.user,
          })
    if (!doc) throw new ClientError(404, `There is no record ${collection}/${String(id)}.`)
    const titleField = req.payload.collections[collection].config.admin.useAsTitle ?? 'id'
    const values: Record<string, unknown> = { ...doc }
    const title = values[titleField]
    found.push({
      collection,
      record: String(recordId),
      title: typeof title === 'string' && title !== '' ? title : String(recordId),
    })
  }
  return found
}

/**
 * Schedules the publication (or withdrawal) of `locales` of every record named, at one time. All
 * is checked before anything is queued: a bad record, locale or time queues nothing.
 */
export async function schedulePublication(
  req: PayloadRequest,
  body: ScheduleBody | null,
): Promise<ScheduledItem[]> {
  const user = req.user
  if (!user) throw new ClientError(401, 'Sign in to schedule publications.')
  if (!body || typeof body !== 'object') throw new ClientError(400, bodyShape)
  if (!scheduleActions.includes(body.action as ScheduleAction)) {
    throw new ClientError(400, `"action" must be "publish" or "withdraw". ${bodyShape}`)
  }
  const action = body.action as ScheduleAction
  const codes = requestedLocales(user, body.locales)
  const at = requestedTime(body.at)
  if (Array.isArray(body.records) && body.records.length * codes.length > maxScheduledPerRequest) {
    throw new ClientError(
      400,
      `At most ${maxScheduledPerRequest} record × locale publications per request.`,
    )
  }
  const records = await requestedRecords(req, body.records)
  const items: ScheduledItem[] = []
  for (const record of records) {
    for (const locale of codes) {
      const input: PublishLocaleInput = { ...record, locale, action, user: user.id }
      const job = await req.payload.jobs.queue({
        task: publishLocaleTaskSlug,
        input,
        queue: publicationQueue,
        waitUntil: at,
        req,
      })
      items.push({
        ...input,
        job: job.id,
        at: at.toISOString(),
        by: user.email ?? String(user.id),
        state: 'pending',
      })
    }
    await recordAudit(req, {
      action: 'schedule',
      collection: record.collection,
      recordId: record.record,
      locale: codes,
      detail: { action, at: at.toISOString() },
    })
  }
  return items
}

type JobDoc = {
  id: number | string
  input: PublishLocaleInput
  waitUntil?: string | null
  hasError?: boolean | null
  error?: unknown
  updatedAt: string
}

/** Failed publications stay on the dashboard this long, to be noticed and rescheduled. */
const failedShownForMs = 7 * 24 * 60 * 60 * 1000

/** One record, whose schedule its edit screen shows. */
export type ScheduledRecord = { collection: string; record: string }

/**
 * The publications waiting for their time, soonest first, then the ones that failed lately, for
 * the locales `user` may work on (translators see their own locales only); of one record only
 * when `of` names it.
 */
export async function scheduledItems(
  payload: Payload,
  user: AccessUser,
  of?: ScheduledRecord,
): Promise<ScheduledItem[]> {
  const since = new Date(getCurrentDate().getTime() - failedShownForMs).toISOString()
  const where: Where = {
    and: [
      { taskSlug: { equals: publishLocaleTaskSlug } },
      { completedAt: { exists: false } },
      {
        or: [
          { hasError: { not_equals: true } },
          { and: [{ hasError: { equals: true } }, { updatedAt: { greater_than: since } }] },
        ],
      },
    ],
  }
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where,
    sort: 'waitUntil',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  // The record is picked here, not in `where`: the job's input is JSON, which the adapters query
  // each their own way, and the waiting publications are few.
  const jobs = (docs as unknown as JobDoc[]).filter(
    (job) =>
      !isCancelled(job) &&
      canEditLocale(user, job.input.locale) &&
      (!of || (job.input.collection === of.collection && job.input.record === of.record)),
  )
  const emails = await userEmails(
    payload,
    jobs.map((job) => job.input.user),
  )
  return jobs.map((job) => ({
    job: job.id,
    collection: job.input.collection,
    record: job.input.record,
    title: job.input.title,
    locale: job.input.locale,
    action: job.input.action,
    at: job.waitUntil ?? job.updatedAt,
    by: emails.get(String(job.input.user)) ?? String(job.input.user),
    ...(job.hasError
      ? { state: 'failed' as const, error: errorMessage(job.error) }
      : { state: 'pending' as const }),
  }))
}

function isCancelled(job: JobDoc): boolean {
  return Boolean((job.error as { cancelled?: unknown } | null | undefined)?.cancelled)
}

function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null | undefined)?.message
  return typeof message === 'string' ? message : 'The publication failed.'
}

async function userEmails(
  payload: Payload,
  ids: readonly (number | string)[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: [...new Set(ids)] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { email: true },
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.email]))
}

/**
 * Cancels a publication that has not run yet. Editors cancel any; translators those of their own
 * locales. 404 for a job that is not a waiting publication.
 */
export async function cancelScheduled(req: PayloadRequest, jobText: string | null): Promise<void> {
  const user = req.user
  if (!user) throw new ClientError(401, 'Sign in to cancel scheduled publications.')
  if (!jobText) throw new ClientError(400, 'Name the scheduled publication: ?job=<id>.')
  const id = recordIdFrom(req.payload, jobText, 'payload-jobs')
  const job =
    id === null
      ? null
      : ((await req.payload.findByID({
          collection: 'payload-jobs',
          id,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        })) as unknown as (JobDoc & { taskSlug?: string; completedAt?: string | null }) | null)
  if (
    !job ||
    id === null ||
    job.taskSlug !== publishLocaleTaskSlug ||
    job.completedAt ||
    job.hasError
  ) {
    throw new ClientError(404, `There is no waiting scheduled publication ${jobText}.`)
  }
  if (!canEditLocale(user, job.input.locale)) {
    throw new ClientError(
      403,
      `You may cancel only publications of your own locales (${(user.locales ?? []).join(', ') || 'none'}).`,
    )
  }
  await req.payload.jobs.cancelByID({ id, overrideAccess: true })
}
