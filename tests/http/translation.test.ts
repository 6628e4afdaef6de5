import { parseXliff, writeXliff } from '@/translation/xliff'

import { adminCredentials, api, baseUrl, login, type Session } from '../helpers/http'

const password = 'correct horse battery staple'

/** The translation API over HTTP, on the server the whole HTTP suite shares. */
describe('translation API over HTTP', () => {
  let admin: Session
  let german: Session
  let platformId: number

  beforeAll(async () => {
    admin = await login(adminCredentials.email, adminCredentials.password)
    await api(admin, 'POST', '/api/users', {
      email: 'de-translator@example.org',
      password,
      roles: ['translator'],
      locales: ['de'],
    })
    german = await login('de-translator@example.org', password)
    const created = await api(admin, 'POST', '/api/platforms?locale=zh', {
      name: '德国中心服务平台',
      type: 'service-organisation',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    platformId = created.json.doc.id
    // Two sign-ins hash passwords: seconds when the integration suites load both cores.
  }, 60_000)

  it('answers the status matrix for the locales a user may work on, and refuses others', async () => {
    const status = await api(
      german,
      'GET',
      '/api/translation/status?locale=de&collections=platforms',
    )
    expect(status.status).toBe(200)
    const record = status.json.records.find((entry: { id: number }) => entry.id === platformId)
    expect(record).toMatchObject({ state: 'missing', published: false })
    expect(status.json.collections.platforms.total).toBeGreaterThanOrEqual(1)

    expect((await api(german, 'GET', '/api/translation/status?locale=en')).status).toBe(403)
    expect((await api({}, 'GET', '/api/translation/status?locale=de')).status).toBe(401)
    expect((await api(german, 'GET', '/api/translation/status?locale=fr')).status).toBe(400)
    expect(
      (await api(german, 'GET', '/api/translation/status?locale=de&collections=users')).status,
    ).toBe(400)
  })

  it('exports XLIFF as a download and imports it back', async () => {
    const response = await fetch(
      `${baseUrl()}/api/translation/xliff?locale=de&collections=platforms&version=2.0`,
      {
        headers: { authorization: `JWT ${german.token}` },
      },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/application\/xliff\+xml/)
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename=".*\.xlf"/)
    const xml = await response.text()
    expect(xml).toContain('urn:oasis:names:tc:xliff:document:2.0')

    // Translate the one unit as a CAT tool would: the rest of the file goes back as it came.
    const parsed = parseXliff(xml)
    const units = parsed.units.map((unit) =>
      unit.id === `platforms/${platformId}/name`
        ? { ...unit, target: ['Serviceplattform Deutsches Zentrum'] }
        : unit,
    )
    expect(units.some((unit) => unit.target?.[0] === 'Serviceplattform Deutsches Zentrum')).toBe(
      true,
    )
    const translated = writeXliff({ ...parsed, units })
    const imported = await fetch(`${baseUrl()}/api/translation/xliff`, {
      method: 'POST',
      headers: { authorization: `JWT ${german.token}`, 'content-type': 'application/xliff+xml' },
      body: translated,
    })
    const summary = await imported.json()
    expect(imported.status).toBe(200)
    expect(summary).toMatchObject({ locale: 'de', updated: 1, conflicts: [], errors: [] })
    const stored = await api(
      admin,
      'GET',
      `/api/platforms/${platformId}?locale=de&draft=true&fallback-locale=none`,
    )
    expect(stored.json.name).toBe('Serviceplattform Deutsches Zentrum')
  })

  it('refuses hostile and malformed files with 400 and a clear message', async () => {
    const post = (body: string) =>
      fetch(`${baseUrl()}/api/translation/xliff`, {
        method: 'POST',
        headers: { authorization: `JWT ${german.token}`, 'content-type': 'application/xml' },
        body,
      })
    const bomb = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><xliff version="1.2">&b;</xliff>`
    for (const [body, message] of [
      [bomb, /DOCTYPE|entit/i],
      ['not xml at all', /XML|XLIFF/],
      [
        '<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1"></xliff>',
        /1\.2 and 2\.0|1\.1/,
      ],
    ] as const) {
      const response = await post(body)
      expect(response.status).toBe(400)
      expect((await response.json()).errors[0].message).toMatch(message)
    }
    // Over the 10 MB limit: 413, read only up to the limit (tests/int/bodyLimits.test.ts).
    const huge = await post(`<xliff version="1.2">${'x'.repeat(11 * 1024 * 1024)}</xliff>`)
    expect(huge.status).toBe(413)
    expect((await huge.json()).errors[0].message).toMatch(/10 MB/)
  })

  it('publishes and withdraws one locale through the API', async () => {
    const publish = await api(german, 'POST', '/api/translation/publication?locale=de', {
      collection: 'platforms',
      id: platformId,
      published: true,
    })
    expect(publish.status).toBe(200)
    const publicGerman = await api({}, 'GET', `/api/platforms/${platformId}?locale=de`)
    expect(publicGerman.json.name).toBe('Serviceplattform Deutsches Zentrum')
    expect(
      (
        await api(german, 'POST', '/api/translation/publication?locale=en', {
          collection: 'platforms',
          id: platformId,
          published: true,
        })
      ).status,
    ).toBe(403)
    await api(german, 'POST', '/api/translation/publication?locale=de', {
      collection: 'platforms',
      id: platformId,
      published: false,
    })
    expect((await api({}, 'GET', `/api/platforms/${platformId}?locale=de`)).json.name).toBe(
      '德国中心服务平台',
    )
  })

  it('gives a translator the source of every field of a record in one request, for their own locales only', async () => {
    const source = await api(
      german,
      'GET',
      `/api/translation/source?collection=platforms&id=${platformId}&locale=de`,
    )
    expect(source.status).toBe(200)
    expect(source.json.fields.name).toMatchObject({ field: 'name', source: '德国中心服务平台' })
    expect(Object.keys(source.json.fields)).toEqual(
      expect.arrayContaining(['name', 'location', 'description']),
    )

    const refused = [
      [{}, `collection=platforms&id=${platformId}&locale=de`, 401],
      [german, `collection=platforms&id=${platformId}&locale=en`, 403],
      [german, `collection=platforms&locale=de`, 400],
      [german, `collection=users&id=1&locale=de`, 400],
      [german, `collection=platforms&id=not-a-number&locale=de`, 400],
      [german, `collection=platforms&id=987654321&locale=de`, 404],
    ] as const
    for (const [session, query, status] of refused) {
      const response = await api(session, 'GET', `/api/translation/source?${query}`)
      expect({ query, status: response.status }).toEqual({ query, status })
      expect(response.json.errors?.[0]?.message).toEqual(expect.any(String))
    }
  })
})
