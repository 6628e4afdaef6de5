import { createLocalReq, getPayload, type CollectionSlug, type SanitizedConfig } from 'payload'

import { refusal } from './refusal'

type RouteContext = { params: Promise<{ slug: string[] }> }
type RestHandler = (request: Request, context: RouteContext) => Promise<Response>

/**
 * A new file for an upload collection (POST /api/media) from someone the collection's own create
 * rule refuses gets its 401/403 before the file is read. Payload reads a multipart body (up to the
 * size limit) before it looks at access, so anyone could make the server take in 10 MB per request.
 */
export function withUploadPermission(
  config: Promise<SanitizedConfig>,
  handler: RestHandler,
): RestHandler {
  return async (request, context) => {
    const { slug = [] } = await context.params
    const [collectionSlug, ...rest] = slug
    if (request.method !== 'POST' || rest.length > 0 || !collectionSlug || !request.body)
      return handler(request, context)
    if (!(request.headers.get('content-type') ?? '').startsWith('multipart/'))
      return handler(request, context)
    const payload = await getPayload({ config, cron: true })
    const collection = payload.collections[collectionSlug as CollectionSlug]?.config
    const mayCreate = collection?.upload ? collection.access.create : undefined
    if (!mayCreate) return handler(request, context)
    const { user } = await payload.auth({ headers: request.headers })
    const req = await createLocalReq({ user: user ?? undefined }, payload)
    if (await mayCreate({ req })) return handler(request, context)
    return user
      ? refusal(403, `You may not upload files to ${collectionSlug}.`)
      : refusal(401, `Sign in to upload files to ${collectionSlug}.`)
  }
}
