import type { Endpoint } from 'payload'

import { translatedRecordId } from '../records'
import { sourcesBeside } from '../sourceBeside'
import {
  authorizedLocale,
  EndpointError,
  errorResponse,
  requestedCollections,
} from './endpointResponse'

/**
 * GET /api/translation/source?collection=events&id=12&locale=de: the source beside every
 * translatable field of one record, for the translator's form (a global: `id=global`).
 */
export const sourceEndpoint: Endpoint = {
  path: '/translation/source',
  method: 'get',
  handler: async (req) => {
    try {
      const params = req.searchParams
      const locale = authorizedLocale(req, params.get('locale'))
      const id = params.get('id')
      const named = params.get('collection')
      if (!named || !id) throw new EndpointError(400, 'Name the collection and the record id.')
      const [collection, ...more] = requestedCollections(named)
      if (!collection || more.length > 0) throw new EndpointError(400, 'Name one collection.')
      const recordId = translatedRecordId(req.payload, collection, id)
      if (recordId === null) throw new EndpointError(400, `"${id}" is not a record id.`)
      return Response.json({
        collection,
        id,
        locale,
        fields: await sourcesBeside(req.payload, { collection, id: recordId, locale }),
      })
    } catch (error) {
      return errorResponse(error)
    }
  },
}
