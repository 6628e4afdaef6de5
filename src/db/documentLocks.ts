import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  DatabaseAdapterObj,
} from 'payload'

/**
 * Saves of one document, one at a time. Payload writes a draft by reading the latest version,
 * merging in the request's locale and storing the result; two saves at the same moment (a German
 * and an English translator) both read the same version and the later one silently drops the
 * other's text. A save waits here until the previous save of that document has committed.
 *
 * The lock belongs to the save's transaction and is released when it commits or rolls back (the
 * adapter is wrapped below), so a failed save never leaves it held. Without a transaction it is
 * released after the operation; a bounded wait keeps a stuck save from blocking forever. This is
 * per server process: run one app instance per database, as docker-compose.yml does.
 */
const waitLimitMs = 15_000

const tails = new Map<string, Promise<void>>()
const heldByTransaction = new Map<string | number, (() => void)[]>()

type LockContext = { documentLockRelease?: () => void }

export async function lockDocument(key: string): Promise<() => void> {
  const previous = tails.get(key) ?? Promise.resolve()
  let unlock!: () => void
  const mine = new Promise<void>((resolve) => (unlock = resolve))
  const tail = previous.then(() => mine)
  tails.set(key, tail)
  let timer: NodeJS.Timeout | undefined
  await Promise.race([previous, new Promise<void>((resolve) => (timer = setTimeout(resolve, waitLimitMs)))])
  clearTimeout(timer)
  let released = false
  return () => {
    if (released) return
    released = true
    unlock()
    if (tails.get(key) === tail) tails.delete(key)
  }
}

function releaseTransaction(id: string | number): void {
  for (const release of heldByTransaction.get(id) ?? []) release()
  heldByTransaction.delete(id)
}

/** Before a single-document update: wait for the document, holding it until this save ends. */
export const serializeDocumentSaves: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  const id = (args as { id?: string | number }).id
  if (operation !== 'update' || id === undefined) return args
  const release = await lockDocument(`${collection.slug}/${id}`)
  const transaction = req.transactionID
  if (transaction !== undefined && !(transaction instanceof Promise)) {
    heldByTransaction.set(transaction, [...(heldByTransaction.get(transaction) ?? []), release])
  } else {
    ;(req.context as LockContext).documentLockRelease = release
  }
  return args
}

export const releaseDocumentSaveWithoutTransaction: CollectionAfterOperationHook = ({ req, result }) => {
  ;(req.context as LockContext).documentLockRelease?.()
  return result
}

const oneWriterKey = '<one-writer>'

/**
 * Releases a transaction's document locks when the database commits or rolls it back. With
 * `oneWriter` (SQLite: one writer per file, and a second BEGIN IMMEDIATE fails at once with
 * SQLITE_BUSY), transactions also take turns: the next begins when the previous has ended.
 */
export function withDocumentLocks(adapter: DatabaseAdapterObj, { oneWriter = false } = {}): DatabaseAdapterObj {
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
            else heldByTransaction.set(id, [release])
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
