import { adminCredentials, api, baseUrl, graphql, login, type Session } from '../helpers/http'

const password = 'correct horse battery staple'
const anonymous: Session = {}

describe('the running app over HTTP (REST and GraphQL)', () => {
  let admin: Session
  let editor: Session
  let translator: Session
  let platformId: number
  let draftId: number

  beforeAll(async () => {
    // tests/helpers/httpSetup.mjs registered the first account through the create-first-user screen.
    admin = await login(adminCredentials.email, adminCredentials.password)

    for (const [email, roles, locales] of [
      ['editor@example.org', ['editor'], []],
      ['translator@example.org', ['translator'], ['de']],
    ] as const) {
      const created = await api(admin, 'POST', '/api/users', { email, password, roles, locales })
      expect(created.status).toBe(201)
    }
    editor = await login('editor@example.org', password)
    translator = await login('translator@example.org', password)

    const platform = await api(editor, 'POST', '/api/platforms?locale=zh', {
      name: '德国中心',
      type: 'service-organisation',
      _status: 'published',
    })
    expect(platform.status).toBe(201)
    platformId = platform.json.doc.id
    const draft = await api(editor, 'POST', '/api/platforms?locale=zh&draft=true', {
      name: '未发布的载体',
      type: 'incubator',
      _status: 'draft',
    })
    expect(draft.status).toBe(201)
    draftId = draft.json.doc.id
  }, 60_000)

  it('made the first registered account an administrator, and closes first-register after it', async () => {
    const me = await api(admin, 'GET', '/api/users/me')
    expect(me.json.user.roles).toEqual(['admin'])
    const again = await api(anonymous, 'POST', '/api/users/first-register', {
      email: 'intruder@example.org',
      password,
      confirmPassword: password,
    })
    expect(again.status).toBe(403)
    expect(
      (await api(admin, 'GET', '/api/users?where[email][equals]=intruder@example.org')).json
        .totalDocs,
    ).toBe(0)
  })

  it('serves the admin panel without calling Gravatar', async () => {
    const response = await fetch(`${baseUrl()}/admin/login`)
    expect(response.status).toBe(200)
    expect(await response.text()).not.toMatch(/gravatar/i)
  })

  it('shows the public published records only, never drafts or users', async () => {
    const list = await api(anonymous, 'GET', '/api/platforms?locale=zh&draft=true&limit=100')
    expect(list.status).toBe(200)
    const ids = list.json.docs.map((doc: { id: number }) => doc.id)
    expect(ids).toContain(platformId)
    expect(ids).not.toContain(draftId)
    expect((await api(anonymous, 'GET', `/api/platforms/${draftId}?draft=true`)).status).toBe(404)
    expect((await api(anonymous, 'GET', '/api/platforms/versions')).status).toBe(403)
    expect((await api(anonymous, 'GET', '/api/users')).status).toBe(403)
  })

  it('lets the German translator save German text and refuses English with 403, changing nothing', async () => {
    const german = await api(
      translator,
      'PATCH',
      `/api/platforms/${platformId}?locale=de&draft=true`,
      {
        name: 'Deutsches Zentrum',
        _status: 'draft',
      },
    )
    expect(german.status).toBe(200)

    const english = await api(
      translator,
      'PATCH',
      `/api/platforms/${platformId}?locale=en&draft=true`,
      {
        name: 'German Centre',
        _status: 'draft',
      },
    )
    expect(english.status).toBe(403)
    expect(english.json.errors[0].message).toMatch(/own locales \(de\)/)

    const shared = await api(
      translator,
      'PATCH',
      `/api/platforms/${platformId}?locale=de&draft=true`,
      {
        type: 'incubator',
      },
    )
    expect(shared.status).toBe(403)
    expect((await api(translator, 'DELETE', `/api/platforms/${platformId}`)).status).toBe(403)

    const stored = await api(editor, 'GET', `/api/platforms/${platformId}?locale=all&draft=true`)
    expect(stored.json.name).toEqual({ zh: '德国中心', de: 'Deutsches Zentrum' })
    expect(stored.json.type).toBe('service-organisation')
  })

  it('answers bad input with 400 and a message per field, storing nothing', async () => {
    const before = await api(editor, 'GET', '/api/milestones?limit=0&draft=true')
    const bad = await api(editor, 'POST', '/api/milestones?locale=zh', {
      title: '测试',
      year: 1800,
      category: 'party',
    })
    expect(bad.status).toBe(400)
    const paths = bad.json.errors[0].data.errors.map((error: { path: string }) => error.path)
    expect(paths).toEqual(expect.arrayContaining(['year', 'category']))
    const after = await api(editor, 'GET', '/api/milestones?limit=0&draft=true')
    expect(after.json.totalDocs).toBe(before.json.totalDocs)

    const unknownLocale = await api(anonymous, 'GET', '/api/milestones?locale=fr')
    expect(unknownLocale.status).toBe(400)
    expect(unknownLocale.json.errors[0].message).toMatch(/Unknown locale "fr"/)
  })

  it('applies the same rules through GraphQL', async () => {
    const query = `{ Platforms(draft: true, limit: 100, locale: zh) { docs { id } } }`
    const publicList = await graphql(anonymous, query)
    const ids = publicList.json.data.Platforms.docs.map((doc: { id: number }) => doc.id)
    expect(ids).toContain(platformId)
    expect(ids).not.toContain(draftId)

    const mutation = `mutation ($id: Int!, $name: String) {
      updatePlatform(id: $id, locale: LOCALE, draft: true, data: { name: $name }) { id }
    }`
    const english = await graphql(translator, mutation.replace('LOCALE', 'en'), {
      id: platformId,
      name: 'German Centre',
    })
    expect(english.json.errors?.[0]?.message).toMatch(/own locales/)
    const german = await graphql(translator, mutation.replace('LOCALE', 'de'), {
      id: platformId,
      name: 'Deutsches Zentrum Taicang',
    })
    expect(german.json.errors).toBeUndefined()

    const users = await graphql(anonymous, '{ Users { docs { email } } }')
    // The admin's default language is Chinese: 您无权执行此操作 = you are not allowed to do this.
    expect(users.json.errors?.[0]?.message).toMatch(/无权执行此操作|not allowed/i)
    expect(users.json.data?.Users ?? null).toBeNull()
  })
})
