import type { AfterErrorHook } from 'payload'

/**
 * Errors of the multipart parser Payload uses (busboy), raised while reading a request's body:
 * the client sent a form that cannot be read, e.g. a file name with a NUL byte in its part header.
 * They carry no status, so Payload answered them with a 500.
 */
const parserMessages = new Set([
  'Malformed part header',
  'Unexpected end of form',
  'Unexpected end of file',
  'Multipart: Boundary not found',
  'Malformed content type',
  'Malformed urlencoded form',
  'Missing Content-Type',
])

export const malformedMultipartIsClientError: AfterErrorHook = ({ error }) => {
  if ((error as { status?: unknown }).status !== undefined || !parserMessages.has(error.message))
    return
  return {
    response: {
      errors: [
        {
          message: `The upload form could not be read (${error.message}): a part header such as the file name holds a character that is not allowed (NUL, line break), or the form is cut short.`,
        },
      ],
    },
    status: 400,
  }
}
