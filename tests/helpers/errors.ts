/** The HTTP status a Payload error maps to (Forbidden 403, ValidationError 400, NotFound 404). */
export async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise
    return 200
  } catch (error) {
    const status = (error as { status?: unknown }).status
    if (typeof status === 'number') return status
    throw error
  }
}
