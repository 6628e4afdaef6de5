import type { DatabaseAdapterObj, PayloadRequest } from 'payload'

import {
  DocumentBusyError,
  holdDocument,
  lockDocument,
  withDocumentLocks,
} from '@/db/documentLocks'
import { inLockOrder } from '@/translation/draftWrites'

describe('document locks', () => {
  it('a save that waits too long fails with a retryable error instead of going on unprotected', async () => {
    const release = await lockDocument('events/1')
    await expect(lockDocument('events/1', 20)).rejects.toBeInstanceOf(DocumentBusyError)
    await expect(lockDocument('events/1', 20)).rejects.toMatchObject({ status: 503 })
    release()
    // The ones that gave up do not hold the queue: the next save gets the document at once.
    const next = await lockDocument('events/1', 1000)
    next()
  })

  it('saves of one document take turns in arrival order', async () => {
    const order: string[] = []
    const first = await lockDocument('milestones/7')
    const second = lockDocument('milestones/7').then((release) => {
      order.push('second')
      release()
    })
    order.push('first')
    first()
    await second
    expect(order).toEqual(['first', 'second'])
  })

  it('imports take their records in one global order, whatever order their files list them in', () => {
    const a = inLockOrder([
      { collection: 'events', id: '3' },
      { collection: 'platforms', id: '1' },
      { collection: 'events', id: '3' },
    ])
    const b = inLockOrder([
      { collection: 'platforms', id: '1' },
      { collection: 'events', id: '3' },
    ])
    expect(a).toEqual(b)
    expect(a).toEqual([
      { collection: 'events', id: '3' },
      { collection: 'platforms', id: '1' },
    ])
  })
})

describe('document locks held by a transaction', () => {
  /** A database adapter whose transactions do nothing, wrapped as src/db/adapter.ts wraps the real ones. */
  function database() {
    let next = 0
    const adapter = withDocumentLocks({
      name: 'fake',
      defaultIDType: 'number',
      init: () => ({
        beginTransaction: async () => `tx${(next += 1)}`,
        commitTransaction: async () => {},
        rollbackTransaction: async () => {},
      }),
    } as unknown as DatabaseAdapterObj)
    return adapter.init({ payload: {} } as never)
  }

  // The in-process lock (SQLite, MongoDB); PostgreSQL's advisory lock is tested in
  // tests/int/concurrentEditing.test.ts against a real server.
  const requestIn = (transactionID: string | number) =>
    ({ transactionID, payload: { db: { name: 'sqlite' } } }) as unknown as PayloadRequest

  /** Whether `promise` settles within `ms`. */
  const settlesWithin = (promise: Promise<unknown>, ms: number) =>
    Promise.race([
      promise.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
    ])

  it('lets a transaction that holds a document save it again without waiting for itself', async () => {
    const db = database()
    const tx = (await db.beginTransaction())!
    await holdDocument(requestIn(tx), 'events', 11)
    expect(await settlesWithin(holdDocument(requestIn(tx), 'events', 11), 200)).toBe(true)
    await db.commitTransaction(tx)
  })

  it.each([
    [
      'releases the document when the save rolls back, so the next save goes on',
      'rollbackTransaction',
      'events',
      12,
    ],
    ['releases the document when the save commits', 'commitTransaction', 'platforms', 3],
  ] as const)('%s', async (_name, end, collection, id) => {
    const db = database()
    const first = (await db.beginTransaction())!
    await holdDocument(requestIn(first), collection, id)
    const second = (await db.beginTransaction())!
    const waiting = holdDocument(requestIn(second), collection, id)
    expect(await settlesWithin(waiting, 100)).toBe(false)
    await db[end](first)
    expect(await settlesWithin(waiting, 1000)).toBe(true)
    await db.commitTransaction(second)
  })

  it('serializes nothing without a transaction: no end of the save is known to release it', async () => {
    const req = requestIn(undefined as never)
    await holdDocument(req, 'events', 13)
    expect(await settlesWithin(holdDocument(req, 'events', 13), 200)).toBe(true)
    expect(
      await settlesWithin(
        lockDocument('events/13', 200).then((release) => release()),
        300,
      ),
    ).toBe(true)
  })
})
