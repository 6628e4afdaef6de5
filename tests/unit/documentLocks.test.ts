import { DocumentBusyError, lockDocument } from '@/db/documentLocks'
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
