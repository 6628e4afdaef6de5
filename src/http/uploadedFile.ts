import type { PayloadRequest } from 'payload'

import { maxUploadBytes, multipartOverheadBytes } from '@/config/uploadLimits'

import { readBodyCapped } from './readBody'

/** A client error reading an upload, with its status (400 or 413). */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/**
 * The file an import endpoint receives, as the request body or as the multipart form field `file`,
 * read only up to the upload cap (src/config/uploadLimits.ts): past it, `tooLarge` (a 413), the
 * rest unread. `what` names the file in the messages ("the XLIFF file").
 */
export async function readUploadedFile(
  req: PayloadRequest,
  what: string,
  tooLargeMessage: string,
): Promise<Buffer> {
  const tooLarge = () => new UploadError(413, tooLargeMessage)
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
        throw new UploadError(
          400,
          `The multipart form could not be read; attach ${what} as the form field "file".`,
        )
      })
    const file = form.get('file')
    if (!file || typeof file === 'string')
      throw new UploadError(400, `Attach ${what} as the form field "file".`)
    if (file.size > maxUploadBytes) throw tooLarge()
    return Buffer.from(await file.arrayBuffer())
  }
  if (body.byteLength === 0) throw new UploadError(400, `Send ${what} as the request body.`)
  return body
}
