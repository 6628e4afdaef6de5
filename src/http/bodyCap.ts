import { maxUploadBytes, multipartOverheadBytes } from '@/domain/uploadLimits'

import { refusal } from './refusal'

/**
 * A document's data, every locale and rich text included, is far below this. Payload reads a JSON
 * body whole, however large.
 */
const maxDocumentBodyBytes = 32 * 1024 * 1024

/**
 * No request body is larger than the largest any endpoint takes (a document's data; files are
 * smaller): anything beyond that is refused with a 413 once that many bytes have arrived, without
 * reading the rest. Payload reads JSON bodies whole, so a 1 GB JSON body sent anonymously to the
 * login, or to an endpoint the guards do not look at, was held in memory before anything looked at
 * it. The one cap on bodies: the request guards read their copy of a body up to it too.
 */
export const maxBodyBytes = Math.max(maxDocumentBodyBytes, maxUploadBytes + multipartOverheadBytes)

class BodyTooLarge extends Error {}

/** The 413 for a body over the cap, wherever it is found to be. */
export function bodyTooLarge(): Response {
  return refusal(
    413,
    `The request body is larger than ${Math.round(maxBodyBytes / 1024 / 1024)} MB.`,
  )
}

type Handler<C extends unknown[]> = (request: Request, ...rest: C) => Promise<Response>

/**
 * Wraps a route handler: a declared length over the cap is refused at once; otherwise the body is
 * passed on through a counter that fails the stream past the cap, and whatever the handler made
 * of that failure (an exception, or Payload's 500) becomes the 413.
 */
export function withBodyCap<C extends unknown[]>(handler: Handler<C>): Handler<C> {
  return async (request, ...rest) => {
    if (!request.body) return handler(request, ...rest)
    if (Number(request.headers.get('content-length') ?? 0) > maxBodyBytes) return bodyTooLarge()
    let seen = 0
    let exceeded = false
    const counted = request.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          seen += chunk.byteLength
          if (seen > maxBodyBytes) {
            exceeded = true
            controller.error(new BodyTooLarge('request body too large'))
          } else {
            controller.enqueue(chunk)
          }
        },
      }),
    )
    const capped = new Request(request, { body: counted, duplex: 'half' } as RequestInit)
    try {
      const response = await handler(capped, ...rest)
      return exceeded ? bodyTooLarge() : response
    } catch (error) {
      if (exceeded) return bodyTooLarge()
      throw error
    }
  }
}
