import { apiEndpoint } from '@/http/refusal'
import { ClientError } from '@/http/clientError'

import { setLocalePublished } from '../publishing'
import { publishedCollections } from '../records'
import { authorizedLocale, requestedCollections } from './endpointResponse'

/**
 * POST /api/translation/publication?locale=de  { "collection": "events", "id": 12, "published": false }
 * Publishes or withdraws one locale of one record without touching any other locale.
 */
export const publicationEndpoint = apiEndpoint('post', '/translation/publication', async (req) => {
  const locale = authorizedLocale(req, req.searchParams.get('locale'))
  const body = (await req.json?.().catch(() => null)) as {
    collection?: unknown
    id?: unknown
    published?: unknown
  } | null
  if (
    !body ||
    typeof body.collection !== 'string' ||
    body.id === undefined ||
    typeof body.published !== 'boolean'
  ) {
    throw new ClientError(400, 'Send JSON { "collection": "…", "id": …, "published": true|false }.')
  }
  const [collection] = requestedCollections(body.collection, publishedCollections)
  const doc = await setLocalePublished(req, {
    collection: collection!,
    id: body.id as number | string,
    locale,
    published: body.published,
  })
  return Response.json({ id: doc.id, locale, published: body.published })
})
