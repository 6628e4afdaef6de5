import { jest } from '@jest/globals'

// The page reads and the preview check need Next's request context and a database; here the
// render itself fails, so neither is reached. The logger is Payload's: a stand-in records it.
const logged: object[] = []
const unreachable = () => {
  throw new Error('not reached when the render fails')
}
jest.unstable_mockModule('@/queries/read', () => ({
  payloadClient: async () => ({ logger: { error: (entry: object) => logged.push(entry) } }),
  previewMode: async () => null,
  cachedRead: unreachable,
  readOptions: unreachable,
  findAll: unreachable,
  readAll: unreachable,
  readBySlug: unreachable,
  inAllLocales: unreachable,
}))
const { respond } = await import('@/render/pageRoute')

const failing = async () => {
  throw new Error('connection refused')
}

describe('a public page that fails to render', () => {
  beforeEach(() => logged.splice(0))

  it.each([
    ['de', 'Ein Fehler ist aufgetreten', 'de-DE'],
    ['en', 'Something went wrong', 'en'],
    ['zh', '出错了', 'zh-Hans-CN'],
  ])(
    'answers 500 with an error page in the reader’s language (%s)',
    async (locale, title, lang) => {
      const response = await respond(
        new Request(`http://localhost/${locale}/events`),
        Promise.resolve({ locale }),
        failing,
      )
      expect(response.status).toBe(500)
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      const html = await response.text()
      expect(html).toContain(`<title>${title}</title>`)
      expect(html).toMatch(new RegExp(`<html lang="${lang}"`))
      expect(html).toContain('noindex')
      expect(html).not.toContain('connection refused')
    },
  )

  it("logs the error through Payload's logger with the page's address", async () => {
    await respond(
      new Request('http://localhost/de/events'),
      Promise.resolve({ locale: 'de' }),
      failing,
    )
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatchObject({
      url: 'http://localhost/de/events',
      err: expect.objectContaining({ message: 'connection refused' }),
    })
  })
})
