import type { Page } from 'playwright-core'

import { chromiumPages } from '../helpers/browser'
import type { Session } from '../helpers/http'
import {
  adminSession,
  signInToAdmin,
  siteApi,
  siteLogin,
  siteUrl,
  uniqueName,
} from '../helpers/site'

const slow = 60_000
const password = 'correct horse battery staple'

/** Two translators in the admin at once, on the seeded site (its glossary has 德国中心). */
describe('translators in the admin, in Chromium', () => {
  const newPage = chromiumPages()
  let admin: Session

  async function signedIn(email: string): Promise<Page> {
    const page = await newPage()
    await signInToAdmin(page, email, password)
    return page
  }

  async function translator(locale: 'de' | 'en'): Promise<string> {
    const email = `${uniqueName(`e2e-${locale}`).replace(/\s+/g, '-')}@example.org`
    const created = await siteApi(admin, 'POST', '/api/users', {
      email,
      password,
      roles: ['translator'],
      locales: [locale],
    })
    expect(created.status).toBe(201)
    return email
  }

  beforeAll(async () => {
    admin = await adminSession()
  }, slow)

  it(
    'lets a German and an English translator edit one record together, each with the source beside the field, and publish their own language',
    async () => {
      const source = uniqueName('太仓德国中心')
      const created = await siteApi(admin, 'POST', '/api/platforms?locale=zh', {
        name: source,
        location: '太仓市',
        type: 'service-organisation',
        _status: 'published',
      })
      expect(created.status).toBe(201)
      const { id } = created.json.doc

      const [german, english] = await Promise.all([translator('de'), translator('en')])
      const [dePage, enPage] = await Promise.all([signedIn(german), signedIn(english)])
      const sourceRequests: string[] = []
      dePage.on('request', (request) => {
        if (request.url().includes('/api/translation/source')) sourceRequests.push(request.url())
      })
      await Promise.all([
        dePage.goto(siteUrl(`/admin/collections/platforms/${id}?locale=de`)),
        enPage.goto(siteUrl(`/admin/collections/platforms/${id}?locale=en`)),
      ])

      // Beside the German field: the Chinese source, read-only, with the glossary's rendering.
      const box = dePage.locator('.translation-source').first()
      await box.waitFor()
      expect(await box.innerText()).toContain(source)
      expect(await box.innerText()).toContain('German Centre')
      // One request for the whole form, however many fields show a source.
      await dePage.locator('.translation-source', { hasText: '太仓市' }).waitFor()
      expect(sourceRequests).toHaveLength(1)

      // Neither translator is locked out by the other: both type and save at the same moment.
      const deName = uniqueName('Deutsches Zentrum Taicang')
      const enName = uniqueName('German Centre Taicang')
      await dePage.locator('#field-name').fill(deName)
      await enPage.locator('#field-name').fill(enName)
      const saved = (page: Page) =>
        page.waitForResponse(
          (r) => r.url().includes(`/api/platforms/${id}?`) && r.request().method() === 'PATCH',
        )
      const [deSave, enSave] = await Promise.all([
        saved(dePage),
        saved(enPage),
        dePage.locator('#action-save-draft').click(),
        enPage.locator('#action-save-draft').click(),
      ])
      expect([deSave.status(), enSave.status()]).toEqual([200, 200])

      const stored = await siteApi(
        admin,
        'GET',
        `/api/platforms/${id}?locale=all&draft=true&depth=0`,
      )
      expect(stored.json.name).toEqual({ zh: source, de: deName, en: enName })

      // The German translator publishes German from the admin; the English draft stays unpublished.
      const published = saved(dePage)
      await dePage.locator('#action-save').click()
      expect((await published).status()).toBe(200)
      expect((await siteApi({}, 'GET', `/api/platforms/${id}?locale=de`)).json.name).toBe(deName)
      expect(
        (await siteApi({}, 'GET', `/api/platforms/${id}?locale=en&fallback-locale=none`)).json
          .name ?? null,
      ).toBeNull()

      // The source locale opens read-only for a translator: no field to type in, no save button.
      await dePage.goto(siteUrl(`/admin/collections/platforms/${id}?locale=zh`))
      const chineseName = dePage.locator('#field-name')
      await chineseName.waitFor()
      expect(await chineseName.inputValue()).toBe(source)
      expect(await chineseName.isEditable()).toBe(false)
      expect(await dePage.locator('#action-save-draft').count()).toBe(0)
    },
    slow,
  )

  it(
    'filters a content list to exactly the records that need translation, however many',
    async () => {
      // More than 20: the admin's query parser once turned a longer id list into an object and the
      // filtered list silently showed every record.
      for (let i = 0; i < 22; i += 1) {
        const created = await siteApi(admin, 'POST', '/api/enterprises?locale=zh', {
          name: uniqueName(`待翻译企业${i}`),
          yearArrived: 2000 + i,
          _status: 'published',
        })
        expect(created.status).toBe(201)
      }
      const german = await translator('de')
      const status = await siteApi(
        await siteLogin(german, password),
        'GET',
        '/api/translation/status?locale=de&collections=enterprises',
      )
      const { missing, outdated, total } = status.json.collections.enterprises
      expect(missing + outdated).toBeGreaterThan(20)
      expect(missing + outdated).toBeLessThan(total)

      const page = await signedIn(german)
      await page.goto(siteUrl('/admin/collections/enterprises?locale=de'))
      await page.locator('.needs-translation a').first().click()
      // The filtered list renders the status of every record again: on a CI machine whose two
      // cores also run the integration suites, that has taken more than Playwright's 30 s.
      await page.waitForURL((url) => url.search.includes('where'), { timeout: 90_000 })
      const pageInfo = await page
        .locator('.collection-list__page-info, .page-controls')
        .first()
        .innerText()
      const [, , , shown] = pageInfo.match(/(\d+)\s*-\s*(\d+)\D+(\d+)/) ?? []
      expect(Number(shown)).toBe(missing + outdated)
    },
    3 * slow,
  )
})
