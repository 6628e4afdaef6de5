import { apiEndpoint, refusal } from '@/http/refusal'
import { ClientError } from '@/http/clientError'
import { sourceLocale } from '@/i18n/locales'
import { authorizedLocale, requestedCollections } from '@/translation/endpoints/endpointResponse'

import { configuredProvider } from './configuredProvider'
import { pretranslate } from './pretranslate'
import { ProviderError } from './provider'

const maxIds = 1000
const usage =
  'Send JSON { "collection": "…", "locale": "de|en", "ids": ["…"] } or { …, "all": true }.'

type Body = { collection?: unknown; locale?: unknown; ids?: unknown; all?: unknown }

function requestedIds(body: Body): string[] | 'all' {
  if (body.all === true && body.ids === undefined) return 'all'
  const { ids } = body
  if (
    !Array.isArray(ids) ||
    ids.length === 0 ||
    !ids.every((id) => (typeof id === 'string' && id !== '') || typeof id === 'number')
  )
    throw new ClientError(
      400,
      `Name the records: "ids" as a list of record ids, or "all": true. ${usage}`,
    )
  if (ids.length > maxIds)
    throw new ClientError(
      400,
      `At most ${maxIds} ids per request; send "all": true for a whole collection.`,
    )
  return ids.map(String)
}

/**
 * POST /api/translation/machine: fills a locale's empty fields of some records from the
 * translation memory, then by machine translation, as drafts marked for review. Off (409) until
 * DEEPL_API_KEY is set; a failure of the service is 502, with nothing stored.
 */
export const machineTranslationEndpoint = apiEndpoint(
  'post',
  '/translation/machine',
  async (req) => {
    if (!req.user) throw new ClientError(401, 'Sign in to use the translation API.')
    const body = (await req.json?.().catch(() => null)) as Body | null
    if (
      !body ||
      typeof body !== 'object' ||
      Array.isArray(body) ||
      typeof body.collection !== 'string'
    )
      throw new ClientError(400, usage)
    const locale = authorizedLocale(req, typeof body.locale === 'string' ? body.locale : null)
    const [collection] = requestedCollections(body.collection)
    const ids = requestedIds(body)
    if (locale === sourceLocale)
      throw new ClientError(
        400,
        'Chinese is the source language; choose a language to translate to.',
      )
    const provider = configuredProvider()
    if (!provider)
      throw new ClientError(
        409,
        'Machine translation is not configured: the server has no DEEPL_API_KEY.',
      )
    try {
      return Response.json(
        await pretranslate(req, provider, { collection: collection!, ids, locale }),
      )
    } catch (error) {
      if (error instanceof ProviderError) return refusal(502, error.message)
      throw error
    }
  },
)
