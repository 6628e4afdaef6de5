import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { BaseDatabaseAdapter } from 'payload'

/**
 * The document lock of PostgreSQL: a transaction-scoped advisory lock, so that every app instance
 * on the database waits for the same lock, not only the saves of one process.
 *
 * This is the one place the app reaches below the Local API: Payload has no lock primitive, and a
 * lock that lives in one Node process lets two instances behind a load balancer both read the same
 * latest version and silently drop each other's locale. It runs on the save's own transaction (the
 * adapter keeps each transaction's drizzle session in `sessions`), so PostgreSQL releases it when
 * that transaction commits or rolls back, and when the connection dies with a killed instance.
 */
export function locksInDatabase(db: Pick<BaseDatabaseAdapter, 'name'>): db is PostgresAdapter {
  return db.name === 'postgres'
}

/** SQLSTATEs of a lock wait that did not end in the lock: `lock_timeout` ran out, or a deadlock. */
const lockNotGranted = new Set(['55P03', '40P01'])

/**
 * Waits up to `waitMs` for the lock of `key` inside the transaction, holding it until the
 * transaction ends. Answers false when the wait ran out (or PostgreSQL broke a deadlock): the
 * transaction is then aborted and must roll back. `firstInTransaction` sets the bound, once per
 * transaction: an import takes hundreds of locks, one query each.
 */
export async function advisoryLock(
  db: PostgresAdapter,
  transactionID: string | number,
  key: string,
  { waitMs, firstInTransaction }: { waitMs: number; firstInTransaction: boolean },
): Promise<boolean> {
  const session = db.sessions[transactionID]?.db
  if (!session) throw new Error(`No open transaction ${transactionID} to lock ${key} in`)
  // `set_config(…, true)` is SET LOCAL: the bound ends with the transaction, whatever happens. It
  // bounds the save's other lock waits too, which is as well: a 503 beats a request left hanging.
  if (firstInTransaction)
    await session.execute(sql`select set_config('lock_timeout', ${`${waitMs}ms`}, true)`)
  try {
    // hashtextextended: a 64-bit key from the text, so "events/12" and "platforms/12" differ.
    await session.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`)
  } catch (error) {
    if (lockNotGranted.has(sqlState(error) ?? '')) return false
    throw error
  }
  return true
}

/** Drizzle wraps the driver's error; the SQLSTATE is on it or on its cause. */
function sqlState(error: unknown): string | undefined {
  for (let current = error; current instanceof Error; current = current.cause) {
    const code = (current as Error & { code?: unknown }).code
    if (typeof code === 'string') return code
  }
  return undefined
}

/**
 * Takes the lock of `key` inside the transaction if no one holds it, without waiting: true when
 * taken (held until the transaction ends), false when another session holds it.
 */
export async function tryAdvisoryLock(
  db: PostgresAdapter,
  transactionID: string | number,
  key: string,
): Promise<boolean> {
  const session = db.sessions[transactionID]?.db
  if (!session) throw new Error(`No open transaction ${transactionID} to lock ${key} in`)
  const result = (await session.execute(
    sql`select pg_try_advisory_xact_lock(hashtextextended(${key}, 0)) as locked`,
  )) as unknown as { rows: { locked: boolean }[] }
  return result.rows[0]?.locked === true
}
