import type { CollectionBeforeOperationHook, DatabaseAdapterObj, PayloadRequest } from 'payload'

import { ClientError } from '@/http/clientError'

import { advisoryLock, locksInDatabase } from './advisoryLock'

/**
 * Saves of one document, one at a time. Payload writes a draft by reading the latest version,
 * merging in the request's locale and storing the result; two saves at the same moment (a German
 * and an English translator) both read the same version and the later one silently drops the
 * other's text. A save waits here until the previous save of that document has committed.
 *
 * The lock belongs to the save's transaction and is released when it commits or rolls back (the
 * adapter is wrapped below), so a failed save never leaves it held; a bounded wait keeps a stuck
 * save from blocking forever. A save that waited too long fails with a retryable 503 rather than
 * going on unprotected and perhaps dropping another's text.
 *
 * On PostgreSQL the lock is taken in the database (see advisoryLock.ts), so several app instances
 * on one database take turns too. SQLite has one writer per file (one instance) and MongoDB has no
 * such lock: there the lock below is per server process, and they run one app instance.
 */
const waitLimitMs = 15_000

/** The wait for a document (or SQLite's one writer) ran out: nothing was written; try again. */
export class DocumentBusyError extends ClientError {
  constructor(key: string) {
    super(
      503,
      `${key} is being saved by someone else and did not come free in time; nothing was saved. Try again.`,
      { key },
    )
  }
}

type LockState = {
  tails: Map<string, Promise<void>>
  /** Per transaction, the locks it holds by key, each with its release. */
  heldByTransaction: Map<string | number, Map<string, () => void>>
}

// One state per process, not per module copy: Next's production build bundles this module into
// several chunks (the collection hooks and the database adapter land in different ones), and a
// lock taken in one copy must be released by the other's commit.
const globalKey = Symbol.for('taicang-cms.documentLocks')
const state: LockState = ((globalThis as Record<symbol, LockState>)[globalKey] ??= {
  tails: new Map(),
  heldByTransaction: new Map(),
})
const { tails, heldByTransaction } = state

export async function lockDocument(key: string, waitMs = waitLimitMs): Promise<() => void> {
  const previous = tails.get(key) ?? Promise.resolve()
  let unlock!: () => void
  const mine = new Promise<void>((resolve) => (unlock = resolve))
  const tail = previous.then(() => mine)
  tails.set(key, tail)
  let timer: NodeJS.Timeout | undefined
  const timedOut = await Promise.race([
    previous.then(() => false),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), waitMs))),
  ])
  clearTimeout(timer)
  if (timedOut) {
    // Give up this place in the queue: whoever waits behind it goes on once `previous` ends.
    unlock()
    throw new DocumentBusyError(key)
  }
  let released = false
  return () => {
    if (released) return
    released = true
    unlock()
    if (tails.get(key) === tail) tails.delete(key)
  }
}

function releaseTransaction(id: string | number): void {
  for (const release of heldByTransaction.get(id)?.values() ?? []) release()
  heldByTransaction.delete(id)
}

/** The lock's name for one document, the same in every app instance. */
export const documentLockKey = (collection: string, id: string | number): string =>
  `${collection}/${id}`

/**
 * Waits for the document and holds it until the request's transaction commits or rolls back. A
 * transaction that already holds it goes on (an import that holds its records may save one of
 * them the ordinary way). Without a transaction no end of the save is known, and a lock that
 * outlived a failed save would stall the next one: such databases (MongoDB without a replica set)
 * go unserialized.
 */
export async function holdDocument(
  req: PayloadRequest,
  collection: string,
  id: string | number,
): Promise<void> {
  const transaction = await req.transactionID
  if (transaction === undefined || transaction === null) return
  const key = documentLockKey(collection, id)
  const held = heldByTransaction.get(transaction) ?? new Map<string, () => void>()
  heldByTransaction.set(transaction, held)
  if (held.has(key)) return
  if (locksInDatabase(req.payload.db)) {
    const firstInTransaction = held.size === 0
    if (
      !(await advisoryLock(req.payload.db, transaction, key, {
        waitMs: waitLimitMs,
        firstInTransaction,
      }))
    )
      throw new DocumentBusyError(key)
    // Released by the database when the transaction ends; noted so a second hold goes on.
    held.set(key, () => {})
    return
  }
  held.set(key, await lockDocument(key))
}

/** Before a single-document update: wait for the document, holding it until this save ends. */
export const serializeDocumentSaves: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
}) => {
  const id = (args as { id?: string | number }).id
  if (operation === 'update' && id !== undefined) await holdDocument(req, collection.slug, id)
  return args
}

const oneWriterKey = '<one-writer>'

/**
 * Releases a transaction's document locks when the database commits or rolls it back. With
 * `oneWriter` (SQLite: one writer per file, and a second BEGIN IMMEDIATE fails at once with
 * SQLITE_BUSY), transactions also take turns: the next begins when the previous has ended.
 */
export function withDocumentLocks(
  adapter: DatabaseAdapterObj,
  { oneWriter = false } = {},
): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const begin = db.beginTransaction.bind(db)
      const commit = db.commitTransaction.bind(db)
      const rollback = db.rollbackTransaction.bind(db)
      if (oneWriter) {
        db.beginTransaction = async (options) => {
          const release = await lockDocument(oneWriterKey)
          try {
            const id = await begin(options)
            if (id === null || id === undefined) release()
            else heldByTransaction.set(id, new Map([[oneWriterKey, release]]))
            return id
          } catch (error) {
            release()
            throw error
          }
        }
      }
      db.commitTransaction = async (id) => {
        try {
          return await commit(id)
        } finally {
          releaseTransaction(await id)
        }
      }
      db.rollbackTransaction = async (id) => {
        try {
          return await rollback(id)
        } finally {
          releaseTransaction(await id)
        }
      }
      return db
    },
  }
}
