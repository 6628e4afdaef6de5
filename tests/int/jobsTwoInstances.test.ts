import {
  _internal_jobSystemGlobals,
  _internal_resetJobSystemGlobals,
  getPayload,
  type Payload,
} from 'payload'

import { oneRunAtATime } from '@/jobs/oneRunAtATime'
import { runnerToken, runnerTokenHeader } from '@/jobs/runnerToken'
import { setLocalePublished } from '@/translation/publishing'
import {
  publicationQueue,
  publishLocaleTaskSlug,
  type PublishLocaleInput,
} from '@/translation/scheduledPublishing'

import { testDialect } from '../helpers/database'
import { createRecord, createUsers, type TestUser } from '../helpers/fixtures'
import { describeDatabase, useTestPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

const jobCount = 30
const slow = 180_000

/**
 * Issue #11, scale-out: two app instances on one PostgreSQL database run the jobs queue at the same
 * moments, as their runners do on the same interval. Every scheduled publication runs exactly once
 * (its record gains the versions of one publication, no more) and none is lost. Without the guard
 * (src/jobs/oneRunAtATime.ts) both instances claim the same jobs. SQLite runs one instance.
 */
describeDatabase('two instances running the jobs queue', () => {
  let payload: Payload
  let other: Payload | undefined
  let editor: TestUser

  useTestPayload(
    'jobs2',
    async (booted) => {
      payload = booted
      ;({ editor } = await createUsers(payload))
      if (testDialect() !== 'postgres') return
      // The second instance: the same config, its own database adapter and connection pool.
      const { default: config } = await import('@/payload.config')
      other = await getPayload({ config, key: 'second-instance' })
    },
    slow,
  )
  afterAll(async () => other?.destroy())
  afterEach(() => _internal_resetJobSystemGlobals())

  const versionsOf = async (id: number | string) =>
    (await payload.countVersions({ collection: 'platforms', where: { parent: { equals: id } } }))
      .totalDocs

  const onPostgres = testDialect() === 'postgres' ? it : it.skip
  onPostgres(
    'runs each of many due publications exactly once, none lost',
    async () => {
      const at = new Date(Date.now() + 60_000)
      const records: (number | string)[] = []
      for (let i = 0; i <= jobCount; i += 1) {
        const record = await createRecord(payload, 'platforms')
        await payload.update({
          collection: 'platforms',
          id: record.id,
          locale: 'de',
          draft: true,
          data: { name: `Plattform ${i}` } as never,
          overrideAccess: true,
        })
        records.push(record.id)
      }
      // How many versions one publication of a locale adds (the published one and a draft
      // snapshot), counted on a record published once, by hand.
      const control = records.pop()!
      const controlBefore = await versionsOf(control)
      await setLocalePublished(
        { payload, user: { ...editor, collection: 'users' } as never },
        { collection: 'platforms', id: control, locale: 'de', published: true },
      )
      const once = (await versionsOf(control)) - controlBefore
      expect(once).toBeGreaterThan(0)
      const before = await Promise.all(records.map(versionsOf))
      for (const id of records) {
        const input: PublishLocaleInput = {
          collection: 'platforms',
          record: String(id),
          locale: 'de',
          action: 'publish',
          title: String(id),
          user: editor.id,
        }
        await payload.jobs.queue({
          task: publishLocaleTaskSlug,
          input,
          queue: publicationQueue,
          waitUntil: at,
        })
      }
      _internal_jobSystemGlobals.getCurrentDate = () => new Date(at.getTime() + 1000)

      // Instance A through the run endpoint its runner calls, instance B as its own endpoint would
      // (through the same guard), at the same moments, a few jobs per run so the runs overlap.
      const runA = () =>
        rest('GET', `/api/payload-jobs/run?queue=${publicationQueue}&limit=4`, {
          headers: { [runnerTokenHeader]: runnerToken() },
        }).then((response) => expect(response.status).toBe(200))
      const runB = () =>
        oneRunAtATime(other!, () => other!.jobs.run({ queue: publicationQueue, limit: 4 }))
      const waiting = async () =>
        (
          await payload.count({
            collection: 'payload-jobs',
            where: { taskSlug: { equals: publishLocaleTaskSlug } },
            overrideAccess: true,
          })
        ).totalDocs
      for (let round = 0; round < jobCount && (await waiting()) > 0; round += 1) {
        await Promise.all([runA(), runB(), runA(), runB()])
      }

      // Payload deletes a job once it has run; a failed one would stay, with its error.
      const { docs: left } = await payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: publishLocaleTaskSlug } },
        pagination: false,
        overrideAccess: true,
      })
      expect(left).toEqual([])
      const after = await Promise.all(records.map(versionsOf))
      expect(after.map((count, i) => count - before[i]!)).toEqual(records.map(() => once))
      const published = await payload.find({
        collection: 'platforms',
        where: { id: { in: records } },
        locale: 'de',
        fallbackLocale: false,
        overrideAccess: false,
        pagination: false,
        depth: 0,
      })
      expect(published.docs.map((doc) => doc.name).sort()).toEqual(
        records.map((_, i) => `Plattform ${i}`).sort(),
      )
    },
    slow,
  )
})
