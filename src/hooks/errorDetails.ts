import type { AfterErrorHook } from 'payload'

type Detailed = { message?: string; status?: number; data?: Record<string, unknown> }

/**
 * Keeps a client error's own message and per-field list in REST responses. Payload's formatter
 * recognises its errors with `instanceof`, which fails in the production Next bundle (two copies
 * of the error classes): clients then get "An unknown error occurred." and no field paths.
 * Server errors (5xx) keep Payload's deliberately vague answer.
 */
export const keepErrorDetails: AfterErrorHook = ({ error }) => {
  const { message, status, data } = error as Detailed
  if (!status || status >= 500 || !message) return
  return { response: { errors: [{ message, ...(data ? { data } : {}) }] }, status }
}
