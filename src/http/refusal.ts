/**
 * A client error in the shape Payload's REST API answers with (`{ errors: [{ message }] }`), so the
 * admin and API clients read a guard's refusal like any other.
 */
export function refusal(status: 400 | 404 | 413 | 415, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status })
}
