/**
 * An in-process REST/GraphQL client for integration tests: it builds a `Request` and hands it to the
 * route handlers Next would call (`src/app/(payload)/api/...`), so a test goes through Payload's
 * request parsing, auth and error handling without a built server. Call once useTestPayload() has
 * booted: the route modules read `@payload-config` and reuse the Payload instance it booted.
 */

import type { JsonObject } from './json'

type Handler = (
  request: Request,
  context: { params: Promise<{ slug: string[] }> },
) => Promise<Response>
type RestRoutes = Record<'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', Handler>
type GraphQLRoute = { POST: (request: Request) => Promise<Response> }

let routes: { rest: RestRoutes; graphql: GraphQLRoute } | undefined

/**
 * Loads the two route modules once, one after the other: importing them in parallel makes jest's
 * ESM linker see a module that is still linking and fail.
 */
async function loadRoutes() {
  if (!routes) {
    const rest = (await import('@/app/(payload)/api/[...slug]/route')) as unknown as RestRoutes
    const graphql = (await import('@/app/(payload)/api/graphql/route')) as unknown as GraphQLRoute
    routes = { rest, graphql }
  }
  return routes
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

export type RestRequest = {
  /** A value sent as JSON. */
  body?: unknown
  /** A body sent exactly as given (a string, bytes or FormData), with `contentType` if set. */
  raw?: BodyInit
  /** Overrides the content type (for `raw`, or to mislabel a JSON body). */
  contentType?: string
  /** A JWT from login(); anonymous without. */
  token?: string
  headers?: Record<string, string>
}

export type RestResponse = {
  status: number
  headers: Headers
  text: string
  /** The body as sent, byte for byte (`text` is decoded, without a byte-order mark). */
  bytes: Uint8Array
  /** The parsed JSON body, or `{}` when the body is not JSON. */
  json: JsonObject
}

const origin = 'http://localhost:3000'

function buildRequest(method: Method, path: string, options: RestRequest): Request {
  const headers = new Headers({ 'accept-language': 'en', ...options.headers })
  if (options.token) headers.set('authorization', `JWT ${options.token}`)
  let body: BodyInit | undefined
  if (options.raw !== undefined) {
    body = options.raw
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body)
    headers.set('content-type', 'application/json')
  }
  // FormData sets its own multipart boundary; any other override wins.
  if (options.contentType) headers.set('content-type', options.contentType)
  return new Request(new URL(path, origin), {
    method,
    headers,
    body,
    ...(body !== undefined ? { duplex: 'half' } : {}),
  } as RequestInit)
}

async function read(response: Response): Promise<RestResponse> {
  const bytes = new Uint8Array(await response.arrayBuffer())
  const text = new TextDecoder().decode(bytes)
  let json: JsonObject = {}
  try {
    const parsed: unknown = text ? JSON.parse(text) : {}
    if (parsed && typeof parsed === 'object') json = parsed as JsonObject
  } catch {
    // not JSON: the caller reads `text`
  }
  return { status: response.status, headers: response.headers, text, bytes, json }
}

/** Sends `method path` (path starting with /api/, query string included) to the REST or GraphQL route. */
export async function rest(
  method: Method,
  path: string,
  options: RestRequest = {},
): Promise<RestResponse> {
  const { rest: handlers, graphql: graphqlRoute } = await loadRoutes()
  const request = buildRequest(method, path, options)
  const pathname = new URL(path, origin).pathname
  if (pathname !== '/api/graphql' && !pathname.startsWith('/api/'))
    throw new Error(`Not an API path: ${path}`)
  if (pathname === '/api/graphql' && method !== 'POST')
    throw new Error('The GraphQL route answers POST only')
  // Next hands the catch-all segments decoded, as they appear in the URL.
  const slug = pathname
    .slice('/api/'.length)
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        return segment
      }
    })
  try {
    const response =
      pathname === '/api/graphql'
        ? await graphqlRoute.POST(request)
        : await handlers[method](request, { params: Promise.resolve({ slug }) })
    return read(response)
  } catch (error) {
    // A handler that throws is what Next answers with a bare 500.
    return {
      status: 500,
      headers: new Headers(),
      text: `thrown: ${(error as Error).message}`,
      bytes: new Uint8Array(),
      json: {},
    }
  }
}

/** A GraphQL query or mutation through POST /api/graphql. */
export async function graphql(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
) {
  return rest('POST', '/api/graphql', { body: { query, variables }, token })
}

/** Logs in through POST /api/users/login and returns the JWT. */
export async function login(email: string, password = 'correct horse battery'): Promise<string> {
  const response = await rest('POST', '/api/users/login', { body: { email, password } })
  if (response.status !== 200 || typeof response.json.token !== 'string') {
    throw new Error(`login ${email}: ${response.status} ${response.text}`)
  }
  return response.json.token
}
