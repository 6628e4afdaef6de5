import type { Payload } from 'payload'

import { locksInDatabase, tryAdvisoryLock } from '@/db/advisoryLock'

/** The advisory lock's name: one run of the jobs queue at a time, across every app instance. */
export const jobsRunLockKey = 'payload-jobs/run'

/** Runs of this process going on, per Payload instance. */
const running = new WeakSet<Payload>()

/**
 * Runs `run` unless another run of the queue is going on, in this process or (on PostgreSQL) in
 * any app instance on the database; answers null when it did not run.
 *
 * Payload claims jobs by reading the waiting ones and then marking each as processing, two
 * statements with nothing between them: two instances running the queue at the same moment both
 * read the same jobs and both run them (a scheduled publication published twice). A run that finds
 * another one going on leaves the jobs to it; what that run did not take, the next tick takes.
 *
 * The lock is held by a transaction of its own, kept open for the run: PostgreSQL releases it when
 * that commits, or when the connection of a killed instance dies. The jobs run in their own
 * transactions, as without the lock. SQLite runs one instance, so the process's guard suffices.
 */
export async function oneRunAtATime<T>(payload: Payload, run: () => Promise<T>): Promise<T | null> {
  if (running.has(payload)) return null
  running.add(payload)
  try {
    const db = payload.db
    if (!locksInDatabase(db)) return await run()
    const transaction = await db.beginTransaction()
    if (transaction === null) return await run()
    try {
      if (!(await tryAdvisoryLock(db, transaction, jobsRunLockKey))) return null
      return await run()
    } finally {
      await db.commitTransaction(transaction)
    }
  } finally {
    running.delete(payload)
  }
}
