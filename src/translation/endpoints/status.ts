import type { Endpoint } from 'payload'

import { statusReport } from '../report'
import { authorizedLocale, errorResponse, requestedCollections } from './endpointResponse'

/** GET /api/translation/status?locale=de[&collections=events,platforms]: the matrix as JSON. */
export const translationStatusEndpoint: Endpoint = {
  path: '/translation/status',
  method: 'get',
  handler: async (req) => {
    try {
      const params = req.searchParams
      const locale = authorizedLocale(req, params.get('locale'))
      const collections = requestedCollections(params.get('collections'))
      return Response.json(await statusReport(req.payload, { locale, collections }))
    } catch (error) {
      return errorResponse(error)
    }
  },
}
