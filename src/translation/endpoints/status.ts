import { apiEndpoint } from '@/http/refusal'
import { statusReport } from '../report'
import { authorizedLocale, requestedCollections } from './endpointResponse'

/** GET /api/translation/status?locale=de[&collections=events,platforms]: the matrix as JSON. */
export const translationStatusEndpoint = apiEndpoint('get', '/translation/status', async (req) => {
  const params = req.searchParams
  const locale = authorizedLocale(req, params.get('locale'))
  const collections = requestedCollections(params.get('collections'))
  return Response.json(await statusReport(req.payload, { locale, collections }))
})
