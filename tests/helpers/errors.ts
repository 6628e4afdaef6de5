/** The error a refused call throws, as its status and message (200 and '' when it succeeds). */
export async function refusal(
  promise: Promise<unknown>,
): Promise<{ status: number; message: string }> {
  try {
    await promise
    return { status: 200, message: '' }
  } catch (error) {
    const { status, message } = error as { status?: unknown; message?: string }
    if (typeof status !== 'number') throw error
    return { status, message: message ?? '' }
  }
}

/** The HTTP status a Payload error maps to (Forbidden 403, ValidationError 400, NotFound 404). */
export async function statusOf(promise: Promise<unknown>): Promise<number> {
  return (await refusal(promise)).status
}
