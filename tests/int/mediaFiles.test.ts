import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'

import { createUser, type TestUser } from '../helpers/fixtures'
import { describeDatabase, useTestPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

const secret = 'a file outside the media folder that must never be served'

describeDatabase('media file names and paths', () => {
  let payload: Payload
  let token: string
  let root: string
  let mediaDir: string
  let png: Buffer

  beforeAll(async () => {
    // MEDIA_DIR is read when the Media collection is loaded, so it is set before Payload starts.
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-mediafiles-'))
    mediaDir = path.join(root, 'media')
    fs.mkdirSync(mediaDir)
    fs.writeFileSync(path.join(root, 'secret.txt'), secret)
    process.env.MEDIA_DIR = mediaDir
  })

  useTestPayload('mediafiles', async (booted) => {
    payload = booted
    const editor: TestUser = await createUser(payload, ['editor'])
    const email = (editor as unknown as { email: string }).email
    token = (
      await payload.login({
        collection: 'users',
        data: { email, password: 'correct horse battery' },
      })
    ).token as string
    png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#c00' } })
      .png()
      .toBuffer()
  })

  afterAll(async () => {
    fs.rmSync(root, { recursive: true, force: true })
  })

  /** An ordinary upload, as a browser sends it. */
  function upload(filename: string) {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'red square' }))
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), filename)
    return rest('POST', '/api/media', { raw: form, token })
  }

  /** A multipart upload written by hand: FormData would not send these file names as they are. */
  function rawUpload(dispositionFileName: string) {
    const boundary = 'nul-boundary'
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"red square"}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; ${dispositionFileName}\r\nContent-Type: image/png\r\n\r\n`,
      'latin1',
    )
    return rest('POST', '/api/media', {
      raw: new Uint8Array(Buffer.concat([head, png, Buffer.from(`\r\n--${boundary}--\r\n`)])),
      contentType: `multipart/form-data; boundary=${boundary}`,
      token,
    })
  }

  it.each([
    ['raw in the part header', 'filename="red\u0000.png"'],
    ['percent-encoded (RFC 5987)', "filename*=UTF-8''red%00.png"],
    ['a line break, percent-encoded', "filename*=UTF-8''red%0A.png"],
  ])(
    'refuses a file name with a control character (%s): 400 naming the file name, nothing stored',
    async (_how, disposition) => {
      const before = fs.readdirSync(mediaDir)
      const response = await rawUpload(disposition)
      expect(response.status).toBe(400)
      expect(response.text).toMatch(/file ?name/i)
      expect((await payload.count({ collection: 'media' })).totalDocs).toBe(0)
      expect(fs.readdirSync(mediaDir)).toEqual(before)
    },
    30_000,
  )

  it('still takes an ordinary upload and serves it', async () => {
    const response = await upload('red.png')
    expect(response.status).toBe(201)
    const served = await rest('GET', '/api/media/file/red.png')
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(Number(served.headers.get('content-length'))).toBe(png.byteLength)
  }, 30_000)

  it.each([
    '%252e%252e%252fsecret.txt',
    '%2e%2e%2fsecret.txt',
    '..%2fsecret.txt',
    '..%5csecret.txt',
    '%252e%252e%255csecret.txt',
    '%2e%2e%252fsecret.txt',
    'nothing-here.png',
  ])(
    'answers GET /api/media/file/%s with a 4xx and never a file outside the media folder',
    async (name) => {
      const response = await rest('GET', `/api/media/file/${name}`)
      const body = response.text
      expect(body).not.toContain(secret)
      expect([name, response.status >= 400 && response.status < 500]).toEqual([name, true])
    },
    30_000,
  )
})
