/**
 * Calls the REST route handlers Next serves under /api in-process, with a real Request: the same
 * code path as a served request (Payload's request parsing, auth, endpoints, error formatting),
 * without a build or a server. Start Payload first (startPayload) so the handlers share it.
 */
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'OPTIONS'
type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

export const testOrigin = 'http://localhost:3000'

export async function routeRequest(method: Method, path: string, init: RequestInit = {}): Promise<Response> {
  const url = new URL(path, testOrigin)
  // Next serves /api/graphql from its own route; everything else under /api from the catch-all.
  const routes = (
    url.pathname === '/api/graphql'
      ? await import('@/app/(payload)/api/graphql/route')
      : await import('@/app/(payload)/api/[...slug]/route')
  ) as unknown as Record<Method, Handler>
  const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
  const request = new Request(url, { method, ...init, ...(init.body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit)
  return routes[method](request, { params: Promise.resolve({ slug }) })
}

/** A JSON request, in English, from this client address. */
export function jsonRequest(method: Method, path: string, body: unknown, headers: Record<string, string> = {}) {
  return routeRequest(method, path, {
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
  })
}
