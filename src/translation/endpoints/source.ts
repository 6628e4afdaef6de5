import type { Endpoint } from 'payload'

import { sourceBeside } from '../sourceBeside'
import { authorizedLocale, EndpointError, errorResponse, requestedCollections } from './respond'

/** GET /api/translation/source?collection=events&id=12&field=title&locale=de */
export const sourceEndpoint: Endpoint = {
  path: '/translation/source',
  method: 'get',
  handler: async (req) => {
    try {
      const params = req.searchParams
      const locale = authorizedLocale(req, params.get('locale'))
      const id = params.get('id')
      const field = params.get('field')
      const named = params.get('collection')
      if (!named || !id || !field) throw new EndpointError(400, 'Name the collection, id and field.')
      const [collection] = requestedCollections(named)
      if (!collection) throw new EndpointError(400, 'Name one collection.')
      const result = await sourceBeside(req.payload, { collection, id, field, locale })
      if (!result) throw new EndpointError(404, `"${field}" is not a translatable field of ${collection}.`)
      return Response.json(result)
    } catch (error) {
      return errorResponse(error)
    }
  },
}
