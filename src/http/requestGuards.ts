import type { CollectionSlug, Endpoint, Payload, SanitizedConfig } from 'payload'
import { getPayload } from 'payload'

import { bodyTooLarge, maxBodyBytes } from './bodyCap'
import { isWellFormedId } from './documentIds'
import { matchPath } from './endpointPaths'
import { jsonBodyProblem } from './jsonBody'
import { collectionQueryProblem, pagingProblem, parseQuery } from './queryParams'
import { readBodyCapped } from './readBody'
import { refusal } from './refusal'

/**
 * Checks run before Payload's REST and GraphQL handlers see a request: ids that are not exactly ids,
 * bodies that are not one JSON object, queries whose values do not fit their fields, and versions of
 * what keeps none. Payload would read these leniently (record 12 for "12abc") or fail deep inside
 * with a 500; here each gets a 4xx that names the problem, before anything is read or written.
 */

type RouteContext = { params: Promise<{ slug: string[] }> }
type RestHandler = (request: Request, context: RouteContext) => Promise<Response>
type GraphQLHandler = (request: Request) => Promise<Response>
type ConfigPromise = Promise<SanitizedConfig>

/** Payload's endpoint paths whose `:id` is a document of the collection, and the one whose `:id` is a version. */
const documentIdPaths = new Set([
  '/:id',
  '/:id/duplicate',
  '/access/:id?',
  '/:id/api-key/reveal',
  '/paste-url/:id?',
])
const versionPaths = new Set(['/versions', '/versions/:id'])
/** Endpoints that run a collection query from `where` and `sort`. */
const queryPaths = new Set(['/', '/count'])

type Target = {
  kind: 'collection' | 'global'
  slug: string
  versioned: boolean
  /** An upload collection: multipart bodies carry files. */
  upload: boolean
  /** The first endpoint Payload would pick for this method and path, as Payload matches them. */
  endpoint: { path: string; params: Record<string, string> } | null
}

function targetOf(payload: Payload, method: string, segments: string[]): Target | null {
  const [first, second, ...rest] = segments
  let target: Omit<Target, 'endpoint'> & { endpoints: Endpoint[] | false; rest: string[] }
  if (first === 'globals' && second) {
    const global = payload.config.globals.find((g) => g.slug === second)
    if (!global) return null
    target = {
      kind: 'global',
      slug: second,
      versioned: Boolean(global.versions),
      upload: false,
      endpoints: global.endpoints,
      rest,
    }
  } else if (first && payload.collections[first as CollectionSlug]) {
    const { config } = payload.collections[first as CollectionSlug]
    target = {
      kind: 'collection',
      slug: first,
      versioned: Boolean(config.versions),
      upload: Boolean(config.upload),
      endpoints: config.endpoints,
      rest: segments.slice(1),
    }
  } else {
    return null
  }
  let endpoint: Target['endpoint'] = null
  for (const candidate of target.endpoints || []) {
    if (candidate.method !== method.toLowerCase()) continue
    const params = matchPath(candidate.path, target.rest)
    if (params) {
      endpoint = { path: candidate.path, params }
      break
    }
  }
  return {
    kind: target.kind,
    slug: target.slug,
    versioned: target.versioned,
    upload: target.upload,
    endpoint,
  }
}

/** A 404 for a path naming a document or version that cannot exist, or for versions of what keeps none. */
function pathRefusal(payload: Payload, target: Target): Response | null {
  const { endpoint } = target
  if (!endpoint) return null
  if (versionPaths.has(endpoint.path) && !target.versioned) {
    return refusal(
      404,
      `${target.kind === 'global' ? 'The global' : 'The collection'} "${target.slug}" keeps no versions.`,
    )
  }
  const id = endpoint.params.id
  if (id === undefined) return null
  const collection =
    target.kind === 'collection' && documentIdPaths.has(endpoint.path)
      ? (target.slug as CollectionSlug)
      : undefined
  if (!collection && !versionPaths.has(endpoint.path)) return null
  // Version ids are the database's own ids, whatever the collection's id type.
  if (!isWellFormedId(payload, collection, id)) {
    return refusal(
      404,
      `"${id}" is not the id of any ${collection ? `document in ${collection}` : 'version'}.`,
    )
  }
  return null
}

function queryRefusal(payload: Payload, target: Target, search: string): Response | null {
  if (!search) return null
  const query = parseQuery(search)
  const path = target.kind === 'collection' ? target.endpoint?.path : undefined
  const collection = target.slug as CollectionSlug
  const problem =
    pagingProblem(query) ??
    (path && queryPaths.has(path) ? collectionQueryProblem(payload, collection, query) : null) ??
    (path === '/versions'
      ? collectionQueryProblem(payload, collection, query, { versions: true })
      : null)
  return problem ? refusal(400, problem) : null
}

/**
 * The body of a clone of the request, or null once it exceeds the body cap (reading stops there).
 * The routes cap the original too (withBodyCap); this copy is read before the handler, so it
 * stops at the same cap rather than trusting the wrapper to be there.
 */
async function readCapped(request: Request): Promise<Uint8Array<ArrayBuffer> | null> {
  const limit = maxBodyBytes
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > limit) return null
  const overLimit = new Error('over the limit')
  try {
    // A copy on its own ArrayBuffer, as Response and TextDecoder take it.
    return new Uint8Array(await readBodyCapped(request.clone().body, limit, () => overLimit))
  } catch (error) {
    if (error !== overLimit) throw error
    // Stop the client's stream: the handler never reads the original after a refusal.
    void request.body?.cancel().catch(() => {})
    return null
  }
}

/** Payload parses `application/json` (that exact type) and multipart bodies and ignores any other. */
function contentTypeOf(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';', 1)[0] ?? ''
}

/** Up to this size an upload collection's multipart body is checked too: the admin editing a file's alt text. */
const smallUploadBytes = 1024 * 1024

/**
 * The admin saves documents as multipart with the data as JSON text in `_payload`; Payload parses that
 * text without a check (malformed multipart or `_payload` answered 500). Larger bodies of upload
 * collections, or ones of unknown length, are left to Payload's streaming parser: reading their files
 * here would buffer them whole.
 */
async function multipartRefusal(request: Request, target: Target): Promise<Response | null> {
  if (
    target.upload &&
    !(Number(request.headers.get('content-length') ?? Number.NaN) <= smallUploadBytes)
  )
    return null
  const bytes = await readCapped(request)
  if (!bytes) return bodyTooLarge()
  let form: FormData
  try {
    form = await new Response(bytes, {
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    }).formData()
  } catch {
    return refusal(400, 'The multipart/form-data request body cannot be read.')
  }
  const data = form.get('_payload')
  if (data === null) return null
  if (typeof data !== 'string')
    return refusal(400, 'The multipart field "_payload" must be JSON text, not a file.')
  const problem = jsonBodyProblem(data, 'The multipart field "_payload"')
  return problem ? refusal(400, problem) : null
}

/** A 400/415 for a body Payload's JSON endpoints cannot take as their data. Reads a clone: the handler reads the original. */
async function bodyRefusal(request: Request, target: Target): Promise<Response | null> {
  if (request.body === null) return null
  const type = contentTypeOf(request)
  if (type.startsWith('multipart/')) return multipartRefusal(request, target)
  const bytes = await readCapped(request)
  if (!bytes) return bodyTooLarge()
  const text = new TextDecoder().decode(bytes)
  if (type === 'application/json') {
    const problem = jsonBodyProblem(text)
    return problem ? refusal(400, problem) : null
  }
  if (text.trim() === '') return null
  return refusal(
    415,
    `The request body must be application/json (or multipart/form-data with the admin's _payload and a file), not ${type || 'sent without a content type'}.`,
  )
}

/** Payload's admin sends long list queries as a POST with a form-encoded body and this header. */
function isMethodOverride(request: Request): boolean {
  return (
    request.headers.get('x-payload-http-method-override') === 'GET' ||
    request.headers.get('x-http-method-override') === 'GET'
  )
}

/** A method-override POST carries its query string as a form-encoded body, which Payload appends to the URL. */
async function overriddenQueryRefusal(
  payload: Payload,
  target: Target,
  request: Request,
): Promise<Response | null> {
  if (request.body === null || contentTypeOf(request) !== 'application/x-www-form-urlencoded')
    return null
  const bytes = await readCapped(request)
  if (!bytes) return bodyTooLarge()
  return queryRefusal(payload, target, `?${new TextDecoder().decode(bytes)}`)
}

/** Wraps one of the REST route's handlers (`src/app/(payload)/api/[...slug]/route.ts`). */
export function guardRest(config: ConfigPromise, handler: RestHandler): RestHandler {
  return async (request, context) => {
    const payload = await getPayload({ config, cron: true })
    const { slug } = await context.params
    const override = isMethodOverride(request)
    const target = targetOf(payload, override ? 'GET' : request.method, slug ?? [])
    if (target) {
      const refused =
        pathRefusal(payload, target) ??
        queryRefusal(payload, target, new URL(request.url).search) ??
        (override
          ? await overriddenQueryRefusal(payload, target, request)
          : ['POST', 'PATCH', 'PUT'].includes(request.method)
            ? await bodyRefusal(request, target)
            : null)
      if (refused) return refused
    }
    return handler(request, context)
  }
}

/**
 * Wraps the GraphQL route: a JSON body must be one object (Payload throws on malformed JSON, a 500);
 * other content types are graphql-http's to answer.
 */
export function guardGraphQL(handler: GraphQLHandler): GraphQLHandler {
  return async (request) => {
    if (contentTypeOf(request) === 'application/json' && request.body !== null) {
      const bytes = await readCapped(request)
      if (!bytes) return bodyTooLarge()
      const problem = jsonBodyProblem(new TextDecoder().decode(bytes))
      if (problem) return refusal(400, problem)
    }
    return handler(request)
  }
}
