import { apiEndpoint } from '@/http/refusal'
import { ClientError } from '@/http/clientError'

import { translatedRecordId } from '../records'
import { sourcesBeside } from '../sourceBeside'
import { authorizedLocale, requestedCollections } from './endpointResponse'

/**
 * GET /api/translation/source?collection=events&id=12&locale=de: the source beside every
 * translatable field of one record, for the translator's form (a global: `id=global`).
 */
export const sourceEndpoint = apiEndpoint('get', '/translation/source', async (req) => {
  const params = req.searchParams
  const locale = authorizedLocale(req, params.get('locale'), { reviewers: true })
  const id = params.get('id')
  const named = params.get('collection')
  if (!named || !id) throw new ClientError(400, 'Name the collection and the record id.')
  const [collection, ...more] = requestedCollections(named)
  if (!collection || more.length > 0) throw new ClientError(400, 'Name one collection.')
  const recordId = translatedRecordId(req.payload, collection, id)
  if (recordId === null) throw new ClientError(400, `"${id}" is not a record id.`)
  return Response.json({
    collection,
    id,
    locale,
    fields: await sourcesBeside(req.payload, { collection, id: recordId, locale }),
  })
})
