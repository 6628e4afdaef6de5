import type { Endpoint, PayloadRequest } from 'payload'

/**
 * A client error in the shape Payload's REST API answers with (`{ errors: [{ message }] }`), so the
 * admin and API clients read a guard's or endpoint's refusal like any other.
 */
export function refusal(
  status: number,
  message: string,
  headers?: HeadersInit,
  data?: unknown,
): Response {
  return Response.json({ errors: [{ message, ...(data ? { data } : {}) }] }, { status, headers })
}

/**
 * Any error that carries a client status (ClientError, XliffError, Payload's own)
 * answers with its message, and its data as Payload's own handler does (the QA gate's findings);
 * anything else is a server error and propagates.
 */
export function errorResponse(error: unknown): Response {
  const status = (error as { status?: unknown }).status
  if (typeof status === 'number' && status < 500) {
    return refusal(status, (error as Error).message, undefined, (error as { data?: unknown }).data)
  }
  throw error
}

/**
 * A custom API endpoint (translation, spreadsheets): a client error its handler throws becomes a
 * refusal in Payload's response shape, and anything else propagates as the server error it is.
 */
export function apiEndpoint(
  method: Endpoint['method'],
  path: string,
  handler: (req: PayloadRequest) => Promise<Response>,
): Endpoint {
  return {
    path,
    method,
    handler: async (req) => {
      try {
        return await handler(req)
      } catch (error) {
        return errorResponse(error)
      }
    },
  }
}
