import { apiEndpoint } from '@/http/refusal'
import { translationLocales } from '@/access/canEditLocale'
import { isStaffUser } from '@/access/roles'
import { maxUploadBytes } from '@/domain/uploadLimits'
import { ClientError } from '@/http/clientError'
import { readUploadedFile } from '@/http/uploadedFile'
import { bcp47 } from '@/i18n/locales'

import { recordStates, type RecordState } from '../status'
import { exportXliff } from '../xliffExport'
import { importXliff } from '../xliffImport'
import { authorizedLocale, requestedCollections } from './endpointResponse'

const tooLargeMessage = `The file is larger than ${maxUploadBytes / 1024 / 1024} MB; split the export by collection.`

function requestedStates(value: string | null): RecordState[] | undefined {
  if (!value) return undefined
  const states = value.split(',').map((state) => state.trim())
  const unknown = states.filter((state) => !(recordStates as string[]).includes(state))
  if (unknown.length > 0)
    throw new ClientError(
      400,
      `Unknown state(s): ${unknown.join(', ')}. Use: ${recordStates.join(', ')}.`,
    )
  return states as RecordState[]
}

function requestedVersion(value: string | null): '1.2' | '2.0' {
  if (!value || value === '1.2') return '1.2'
  if (value === '2.0' || value === '2') return '2.0'
  throw new ClientError(400, `Unsupported XLIFF version "${value}". Use 1.2 (default) or 2.0.`)
}

/** GET /api/translation/xliff?locale=de[&collections=…][&state=missing,outdated][&version=1.2|2.0] */
export const xliffExportEndpoint = apiEndpoint('get', '/translation/xliff', async (req) => {
  const params = req.searchParams
  const locale = authorizedLocale(req, params.get('locale'))
  const version = requestedVersion(params.get('version'))
  const { xml } = await exportXliff(req.payload, {
    locale,
    version,
    collections: requestedCollections(params.get('collections')),
    states: requestedStates(params.get('state')),
  })
  const date = new Date().toISOString().slice(0, 10)
  return new Response(xml, {
    headers: {
      'content-type': 'application/xliff+xml; charset=utf-8',
      'content-disposition': `attachment; filename="taicang-cms_${bcp47[locale]}_${date}.xlf"`,
    },
  })
})

/** POST /api/translation/xliff with the file as the body (or as `file` in a multipart form). */
export const xliffImportEndpoint = apiEndpoint('post', '/translation/xliff', async (req) => {
  // Who may import nothing is refused before a byte of the file is read.
  if (!req.user) throw new ClientError(401, 'Sign in to import translations.')
  if (!isStaffUser(req.user) || translationLocales(req.user).length === 0) {
    throw new ClientError(403, 'Your account may not import translations into any locale.')
  }
  const xml = await readUploadedFile(req, 'the XLIFF file', tooLargeMessage)
  const summary = await importXliff(req, xml)
  return Response.json(summary, { status: summary.errors.length > 0 ? 400 : 200 })
})
