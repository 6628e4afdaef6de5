import { apiEndpoint } from '@/http/refusal'
import { ClientError } from '@/http/clientError'

import { qaReport } from '../qa'
import { reportWithMessages } from '../qaGate'
import { translatedRecordId } from '../records'
import { authorizedLocale, requestedCollections } from './endpointResponse'

/**
 * GET /api/translation/qa?collection=events&id=12&locale=de: the QA findings of the record's
 * latest draft in that locale, each with its message in the reader's admin language. Staff only;
 * a translator only for their own locales (the same rule as every translation endpoint).
 */
export const qaEndpoint = apiEndpoint('get', '/translation/qa', async (req) => {
  const params = req.searchParams
  const locale = authorizedLocale(req, params.get('locale'))
  const name = params.get('collection')
  if (!name) throw new ClientError(400, 'Name a collection: ?collection=…&id=…&locale=….')
  const [collection] = requestedCollections(name)
  if (!collection || name.includes(','))
    throw new ClientError(400, 'Name one collection: ?collection=…&id=…&locale=….')
  const idText = params.get('id')
  if (!idText) throw new ClientError(400, 'Name a record: ?collection=…&id=…&locale=….')
  const id = translatedRecordId(req.payload, collection, idText)
  const report = id === null ? null : await qaReport(req.payload, { collection, id, locale })
  if (!report) throw new ClientError(404, `There is no ${collection} record ${idText}.`)
  return Response.json(reportWithMessages(req, report))
})
