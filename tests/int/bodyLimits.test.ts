import type { Payload } from 'payload'

import { maxUploadBytes } from '@/domain/uploadLimits'
import { maxBodyBytes } from '@/http/bodyCap'

import { createUser, type TestUser } from '../helpers/fixtures'
import { describeDatabase, useTestPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

const chunkBytes = 256 * 1024
const hugeBytes = 1000 * 1024 * 1024

/**
 * A body of `hugeBytes` generated on demand, after `prefix`, counting what the server pulls:
 * the server must stop reading at the limit (or before reading at all), never take it whole.
 */
function hugeBody(prefix = '', suffix = '') {
  const stats = { pulled: 0 }
  const chunk = new Uint8Array(chunkBytes).fill(0x61)
  let sentPrefix = false
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (!sentPrefix) {
          sentPrefix = true
          const bytes = new TextEncoder().encode(prefix)
          stats.pulled += bytes.byteLength
          controller.enqueue(bytes)
          return
        }
        if (stats.pulled >= hugeBytes) {
          controller.enqueue(new TextEncoder().encode(suffix))
          controller.close()
          return
        }
        stats.pulled += chunk.byteLength
        controller.enqueue(chunk)
      },
    },
    { highWaterMark: 0 },
  )
  return { body, stats }
}

describeDatabase('request bodies are read only up to the size limit', () => {
  let payload: Payload
  const tokens: Record<string, string> = {}

  async function tokenOf(user: TestUser): Promise<string> {
    const email = (user as unknown as { email: string }).email
    const { token } = await payload.login({
      collection: 'users',
      data: { email, password: 'correct horse battery' },
    })
    return token as string
  }

  beforeAll(async () => {
    process.env.RATE_LIMIT_XLIFF_IMPORT = 'off'
  })

  useTestPayload('bodylimits', async (booted) => {
    payload = booted
    // The first account always becomes an admin (firstUserIsAdmin): make the editor first.
    tokens.editor = await tokenOf(await createUser(payload, ['editor']))
    tokens.noLocales = await tokenOf(await createUser(payload, ['translator'], []))
    tokens.translator = await tokenOf(await createUser(payload, ['translator'], ['de']))
  })

  const auth = (who: string) => ({ authorization: `JWT ${tokens[who]}`, 'accept-language': 'en' })

  it('refuses an XLIFF import by a user who may import nothing before reading the file', async () => {
    const { body, stats } = hugeBody()
    const response = await rest('POST', '/api/translation/xliff', {
      raw: body,
      headers: { 'content-type': 'application/xliff+xml', ...auth('noLocales') },
    })
    expect(response.status).toBe(403)
    expect(stats.pulled).toBeLessThanOrEqual(2 * chunkBytes)
  }, 60_000)

  it('stops reading an XLIFF import at the limit: 413', async () => {
    const { body, stats } = hugeBody('<?xml version="1.0"?><xliff version="1.2"><!-- ')
    const response = await rest('POST', '/api/translation/xliff', {
      raw: body,
      headers: { 'content-type': 'application/xliff+xml', ...auth('editor') },
    })
    expect(response.status).toBe(413)
    expect(response.json.errors[0].message).toMatch(/10 MB/)
    expect(stats.pulled).toBeLessThanOrEqual(maxUploadBytes + 2 * chunkBytes)
  }, 60_000)

  it('stops reading a multipart XLIFF import at the limit: 413', async () => {
    const boundary = 'xliff-boundary'
    const { body, stats } = hugeBody(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="de.xlf"\r\nContent-Type: application/xliff+xml\r\n\r\n`,
      `\r\n--${boundary}--\r\n`,
    )
    const response = await rest('POST', '/api/translation/xliff', {
      raw: body,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...auth('editor') },
    })
    expect(response.status).toBe(413)
    expect(stats.pulled).toBeLessThanOrEqual(maxUploadBytes + 2 * chunkBytes + 64 * 1024)
  }, 60_000)

  it('stops reading a media upload at the limit: 413, nothing stored', async () => {
    const boundary = 'media-boundary'
    const { body, stats } = hugeBody(
      `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"huge"}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.png"\r\nContent-Type: image/png\r\n\r\n`,
      `\r\n--${boundary}--\r\n`,
    )
    const response = await rest('POST', '/api/media', {
      raw: body,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...auth('editor') },
    })
    expect(response.status).toBe(413)
    expect(stats.pulled).toBeLessThanOrEqual(maxUploadBytes + 2 * chunkBytes + 64 * 1024)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(0)
  }, 60_000)

  it.each([
    ['a translator', 'translator', 403],
    ['an anonymous client', undefined, 401],
  ] as const)(
    'refuses a media upload by %s before reading the file',
    async (_who, who, status) => {
      const boundary = 'media-boundary'
      const { body, stats } = hugeBody(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.png"\r\nContent-Type: image/png\r\n\r\n`,
        `\r\n--${boundary}--\r\n`,
      )
      const response = await rest('POST', '/api/media', {
        raw: body,
        contentType: `multipart/form-data; boundary=${boundary}`,
        ...(who ? { token: tokens[who] } : {}),
      })
      expect(response.status).toBe(status)
      expect(stats.pulled).toBeLessThanOrEqual(2 * chunkBytes)
    },
    60_000,
  )

  it.each([
    ['POST', '/api/users/login', undefined],
    ['POST', '/api/events', 'editor'],
    ['PATCH', '/api/events/1', 'editor'],
    ['POST', '/api/graphql', undefined],
  ] as const)(
    'stops reading a JSON body to %s %s at the limit: 413',
    async (method, path, who) => {
      const { body, stats } = hugeBody('{"email":"', '"}')
      const response = await rest(method, path, {
        raw: body,
        contentType: 'application/json',
        ...(who ? { token: tokens[who] } : {}),
      })
      expect(response.status).toBe(413)
      expect(stats.pulled).toBeLessThanOrEqual(maxBodyBytes + 2 * chunkBytes)
    },
    60_000,
  )
})
