import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs `work` in one transaction on `req` (the caller's, when it already has one): committed when
 * it returns, rolled back when it throws, so a bulk write leaves every record as it was or changes
 * all of them.
 */
export async function inOneTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const started = await initTransaction(req)
  try {
    const result = await work()
    if (started) await commitTransaction(req)
    return result
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}
