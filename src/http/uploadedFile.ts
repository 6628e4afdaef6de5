import type { PayloadRequest } from 'payload'

import { maxUploadBytes, multipartOverheadBytes } from '@/domain/uploadLimits'

import { ClientError } from './clientError'
import { readBodyCapped } from './readBody'

/**
 * The file an import endpoint receives, as the request body or as the multipart form field `file`,
 * read only up to the upload cap (src/domain/uploadLimits.ts): past it, `tooLarge` (a 413), the
 * rest unread. `what` names the file in the messages ("the XLIFF file").
 */
export async function readUploadedFile(
  req: PayloadRequest,
  what: string,
  tooLargeMessage: string,
): Promise<Buffer> {
  const tooLarge = () => new ClientError(413, tooLargeMessage)
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > maxUploadBytes + multipartOverheadBytes) throw tooLarge()
  const type = req.headers.get('content-type') ?? ''
  const multipart = type.startsWith('multipart/form-data')
  const body = await readBodyCapped(
    req.body,
    maxUploadBytes + (multipart ? multipartOverheadBytes : 0),
    tooLarge,
  )
  if (multipart) {
    const form = await new Response(body as Uint8Array<ArrayBuffer>, {
      headers: { 'content-type': type },
    })
      .formData()
      .catch(() => {
        throw new ClientError(
          400,
          `The multipart form could not be read; attach ${what} as the form field "file".`,
        )
      })
    const file = form.get('file')
    if (!file || typeof file === 'string')
      throw new ClientError(400, `Attach ${what} as the form field "file".`)
    if (file.size > maxUploadBytes) throw tooLarge()
    return Buffer.from(await file.arrayBuffer())
  }
  if (body.byteLength === 0) throw new ClientError(400, `Send ${what} as the request body.`)
  return body
}
