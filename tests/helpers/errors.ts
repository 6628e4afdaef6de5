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

/** The error a write threw, with the status and per-field messages a client would see. */
export async function rejection(write: Promise<unknown>) {
  try {
    await write
  } catch (error) {
    const { status, message, data } = error as {
      status?: number
      message: string
      data?: { errors?: { path: string; message: string }[] }
    }
    return {
      status,
      message,
      fields: Object.fromEntries((data?.errors ?? []).map((e) => [e.path, e.message])),
    }
  }
  throw new Error('The write was accepted')
}
