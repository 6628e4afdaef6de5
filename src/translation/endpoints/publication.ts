import type { Endpoint } from 'payload'

import { setLocalePublished } from '../publishing'
import { publishedCollections } from '../records'
import {
  authorizedLocale,
  EndpointError,
  errorResponse,
  requestedCollections,
} from './endpointResponse'

/**
 * POST /api/translation/publication?locale=de  { "collection": "events", "id": 12, "published": false }
 * Publishes or withdraws one locale of one record without touching any other locale.
 */
export const publicationEndpoint: Endpoint = {
  path: '/translation/publication',
  method: 'post',
  handler: async (req) => {
    try {
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
        throw new EndpointError(
          400,
          'Send JSON { "collection": "…", "id": …, "published": true|false }.',
        )
      }
      const [collection] = requestedCollections(body.collection, publishedCollections)
      const doc = await setLocalePublished(req, {
        collection: collection!,
        id: body.id as number | string,
        locale,
        published: body.published,
      })
      return Response.json({ id: doc.id, locale, published: body.published })
    } catch (error) {
      return errorResponse(error)
    }
  },
}
