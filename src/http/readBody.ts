/**
 * Reads a request body up to `maxBytes` and stops there: the rest is never read (the stream is
 * cancelled) and `tooLarge()` is thrown. `Request.arrayBuffer()` and `formData()` read the whole
 * body first, however large, so a 1 GB upload held the server's memory before it was refused.
 */
export async function readBodyCapped(
  body: ReadableStream<Uint8Array> | null | undefined,
  maxBytes: number,
  tooLarge: () => Error,
): Promise<Buffer> {
  if (!body) return Buffer.alloc(0)
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.byteLength
      if (total > maxBytes) {
        // Not awaited: a cancelled branch of a cloned (tee'd) body settles only once the other
        // branch is cancelled too, which the caller does after this refusal.
        void reader.cancel().catch(() => {})
        throw tooLarge()
      }
      chunks.push(value)
    }
  } finally {
    reader.releaseLock()
  }
  return Buffer.concat(chunks, total)
}
