import type { JsonObject } from './json'

/** A small REST/GraphQL client for the app that scripts/test.mjs serves (TEST_BASE_URL). */
export function baseUrl(): string {
  const url = process.env.TEST_BASE_URL
  if (!url) throw new Error('TEST_BASE_URL is not set: run the HTTP tests through `npm test`.')
  return url
}

export type Session = { token?: string }

export function api(
  session: Session,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: JsonObject }> {
  return apiAt(baseUrl(), session, method, path, body)
}

/** A request to the API of the app at `base` (one of several instances). */
export async function apiAt(
  base: string,
  session: Session,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: JsonObject }> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(session.token ? { authorization: `JWT ${session.token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let json: JsonObject = {}
  try {
    json = text ? JSON.parse(text) : {}
  } catch {
    json = { text }
  }
  return { status: response.status, json }
}

export async function graphql(
  session: Session,
  query: string,
  variables: Record<string, unknown> = {},
) {
  return api(session, 'POST', '/api/graphql', { query, variables })
}

export { adminCredentials } from './httpAccounts.mjs'

export async function login(email: string, password: string): Promise<Session> {
  const { status, json } = await api({}, 'POST', '/api/users/login', { email, password })
  if (status !== 200) throw new Error(`login ${email}: ${status} ${JSON.stringify(json)}`)
  return { token: json.token }
}
