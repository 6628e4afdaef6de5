/**
 * A client error in the shape Payload's REST API answers with (`{ errors: [{ message }] }`), so the
 * admin and API clients read a guard's or endpoint's refusal like any other.
 */
export function refusal(status: number, message: string, headers?: HeadersInit): Response {
  return Response.json({ errors: [{ message }] }, { status, headers })
}
