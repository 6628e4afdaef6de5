import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'

import { chromiumPages } from '../helpers/browser'
import type { Session } from '../helpers/http'
import { adminSession, signInToAdmin, siteApi, siteUrl, uniqueName } from '../helpers/site'

const tags = { zh: 'zh-Hans-CN', de: 'de-DE', en: 'en' } as const
const slow = 60_000

describe('the public site in Chromium', () => {
  const newPage = chromiumPages()
  let admin: Session

  async function open(path: string, locale = 'en-US'): Promise<Page> {
    const page = await newPage(locale)
    await page.goto(siteUrl(path))
    return page
  }

  const heading = (page: Page) => page.locator('h1').first().innerText()

  beforeAll(async () => {
    admin = await adminSession()
  }, slow)

  it(
    'browses in three languages, starting from the browser’s language at /',
    async () => {
      const tours = [
        {
          browserLocale: 'de-DE',
          locale: 'de',
          events: 'Veranstaltungen',
          home: 'Taicang – Zusammenarbeit mit Deutschland',
        },
        {
          browserLocale: 'en-GB',
          locale: 'en',
          events: 'Events',
          home: 'Taicang – Cooperation with Germany',
        },
        { browserLocale: 'zh-CN', locale: 'zh', events: '活动', home: '太仓对德合作' },
      ] as const
      for (const tour of tours) {
        const page = await open('/', tour.browserLocale)
        expect(new URL(page.url()).pathname).toBe(`/${tour.locale}`)
        expect(await page.getAttribute('html', 'lang')).toBe(tags[tour.locale])
        expect(await heading(page)).toContain(tour.home)

        await page
          .locator('.site-nav')
          .getByRole('link', { name: tour.events, exact: true })
          .click()
        await page.waitForURL(`**/${tour.locale}/events`)
        expect(await heading(page)).toBe(tour.events)
        await page.locator('.event-list__title a').first().click()
        await page.waitForURL(`**/${tour.locale}/events/*`)
        expect(await page.locator('script[type="application/ld+json"]').count()).toBeGreaterThan(0)
        expect(await page.getAttribute('html', 'lang')).toBe(tags[tour.locale])
      }
    },
    slow,
  )

  it(
    'switches language on a detail page and stays on the same record',
    async () => {
      const page = await open('/de/platforms/german-centre-taicang')
      // The operators' own name, the same in German and English (issue #9); the language shows in lang.
      expect(await heading(page)).toBe('German Centre Taicang')
      expect(await page.getAttribute('html', 'lang')).toBe('de-DE')
      await page
        .getByRole('navigation', { name: 'Sprache wählen' })
        .getByRole('link', { name: 'English' })
        .click()
      await page.waitForURL('**/en/platforms/german-centre-taicang')
      expect(await heading(page)).toBe('German Centre Taicang')
      expect(await page.getAttribute('html', 'lang')).toBe('en')
      await page
        .getByRole('navigation', { name: 'Choose language' })
        .getByRole('link', { name: '中文' })
        .click()
      await page.waitForURL('**/zh/platforms/german-centre-taicang')
      expect(await heading(page)).toBe('太仓德国中心')
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans-CN')
    },
    slow,
  )

  it(
    'filters the enterprise directory with the form, the filters ending up in the URL',
    async () => {
      const supplier = uniqueName('Zulieferer GmbH')
      const machines = uniqueName('Maschinenbau AG')
      for (const [name, fields] of [
        [
          supplier,
          { industry: 'automotive', germanState: 'BW', hiddenChampion: true, yearArrived: 2004 },
        ],
        [machines, { industry: 'machinery', germanState: 'BY', yearArrived: 2004 }],
      ] as const) {
        const created = await siteApi(admin, 'POST', '/api/enterprises?locale=de', {
          name,
          ...fields,
          _status: 'published',
        })
        expect(created.status).toBe(201)
      }

      const page = await open('/de/enterprises')
      await page.selectOption('select[name="year"]', '2004')
      await page.getByRole('button', { name: 'Filter anwenden' }).click()
      await page.waitForURL(/year=2004/)
      const rows = () => page.locator('table.directory tbody tr').allInnerTexts()
      expect((await rows()).join('\n')).toContain(supplier)
      expect((await rows()).join('\n')).toContain(machines)

      await page.selectOption('select[name="industry"]', 'automotive')
      await page.getByLabel('Nur Hidden Champions').check()
      await page.getByRole('button', { name: 'Filter anwenden' }).click()
      await page.waitForURL(/industry=automotive/)
      const url = new URL(page.url())
      expect(Object.fromEntries(url.searchParams)).toMatchObject({
        industry: 'automotive',
        year: '2004',
        champion: '1',
      })
      expect(await rows()).toHaveLength(1)
      expect((await rows())[0]).toContain(supplier)

      await page.getByRole('link', { name: 'Filter zurücksetzen' }).click()
      await page.waitForURL('**/de/enterprises')
      expect((await rows()).join('\n')).toContain('Kern-Liebers')
    },
    slow,
  )

  it(
    'searches Chinese without spaces and German compounds',
    async () => {
      const zh = await open('/zh/search')
      await zh.getByLabel('搜索大事记、活动、企业和平台').fill('德国中心')
      await zh.keyboard.press('Enter')
      await zh.waitForURL(/q=/)
      expect(await zh.locator('.result__title').allInnerTexts()).toContain('太仓德国中心')

      const de = await open('/de/search')
      await de
        .getByLabel('Meilensteine, Veranstaltungen, Unternehmen und Plattformen durchsuchen')
        .fill('Zentrum')
      await de.getByRole('button', { name: 'Suchen' }).click()
      await de.waitForURL(/q=Zentrum/)
      const titles = await de.locator('.result__title').allInnerTexts()
      expect(titles).toEqual(
        expect.arrayContaining([
          'Deutsch-Chinesisches Zentrum (Taicang) für die Aus- und Weiterbildung „doppelt qualifizierter“ Lehrkräfte',
          'Innovationszentrum Taicang in Berlin',
        ]),
      )
      expect(await de.locator('.result mark').count()).toBeGreaterThan(0)
    },
    slow,
  )

  it(
    'tells a German reader when a text is shown in English',
    async () => {
      const created = await siteApi(admin, 'POST', '/api/platforms?locale=zh', {
        name: uniqueName('仅中英文'),
        type: 'education',
        _status: 'published',
      })
      const { id, slug } = created.json.doc
      const english = uniqueName('Available in English')
      await siteApi(admin, 'PATCH', `/api/platforms/${id}?locale=en`, {
        name: english,
        _status: 'published',
      })

      const page = await open(`/de/platforms/${slug}`)
      const notice = page.getByRole('note')
      expect(await notice.innerText()).toBe(
        'Teile dieser Seite liegen noch nicht auf Deutsch vor und werden auf Englisch angezeigt.',
      )
      expect(await page.locator('h1 [lang="en"]').innerText()).toBe(english)
    },
    slow,
  )

  it(
    'publishes a change in the admin and shows it on the site; previews the draft before',
    async () => {
      const created = await siteApi(admin, 'POST', '/api/platforms?locale=zh&draft=true', {
        name: uniqueName('后台发布测试'),
        type: 'service-organisation',
        _status: 'draft',
      })
      const { id, slug } = created.json.doc
      const german = uniqueName('Im Admin veröffentlicht')

      const page = await open('/admin/login', 'en-US')
      await signInToAdmin(page)

      await page.goto(siteUrl(`/admin/collections/platforms/${id}?locale=de`))
      await page.locator('#field-name').fill(german)
      const saveDraft = page.waitForResponse(
        (r) => r.url().includes(`/api/platforms/${id}?`) && r.request().method() === 'PATCH',
      )
      await page.locator('#action-save-draft').click()
      expect((await saveDraft).status()).toBe(200)

      // The admin's preview link turns on draft mode for this editor: the draft shows, marked.
      const preview = await page.context().newPage()
      await preview.goto(siteUrl(`/preview?path=${encodeURIComponent(`/de/platforms/${slug}`)}`))
      await preview.waitForURL(`**/de/platforms/${slug}`)
      expect(await heading(preview)).toBe(german)
      expect(await preview.getByRole('status').first().innerText()).toContain('Vorschau')
      // The public still gets a 404.
      const reader = await open(`/de/platforms/${slug}`)
      expect(await heading(reader)).toBe('Seite nicht gefunden')

      const publish = page.waitForResponse(
        (r) => r.url().includes(`/api/platforms/${id}?`) && r.request().method() === 'PATCH',
      )
      await page.locator('#action-save').click()
      expect((await publish).status()).toBe(200)

      const published = await open(`/de/platforms/${slug}`)
      expect(await heading(published)).toBe(german)
      const list = await open('/de/platforms')
      expect(await list.getByRole('link', { name: german }).count()).toBe(1)
    },
    slow,
  )

  it(
    'shows a draft in the admin’s Live Preview pane and reloads it when the editor saves',
    async () => {
      const created = await siteApi(admin, 'POST', '/api/platforms?locale=de&draft=true', {
        name: uniqueName('Live-Vorschau'),
        type: 'incubator',
        _status: 'draft',
      })
      const { id } = created.json.doc
      const page = await open('/admin/login', 'en-US')
      await signInToAdmin(page)
      await page.goto(siteUrl(`/admin/collections/platforms/${id}?locale=de`))

      await page.locator('#live-preview-toggler').click()
      const pane = page.frameLocator('iframe')
      expect(await pane.locator('h1').innerText()).toBe(created.json.doc.name)
      expect(await pane.getByRole('status').first().innerText()).toContain('Vorschau')

      const renamed = uniqueName('Live-Vorschau geändert')
      await page.locator('#field-name').fill(renamed)
      await page.locator('#action-save-draft').click()
      await pane.getByRole('heading', { level: 1, name: renamed }).waitFor()
    },
    slow,
  )

  it(
    'prints the content without navigation, filters or the language switcher',
    async () => {
      const page = await open('/de/enterprises')
      await page.emulateMedia({ media: 'print' })
      for (const selector of ['.site-nav', '.language-switcher', '.filters', '.breadcrumbs']) {
        expect({ selector, visible: await page.locator(selector).isVisible() }).toEqual({
          selector,
          visible: false,
        })
      }
      expect(await page.locator('h1').isVisible()).toBe(true)
      expect(await page.locator('table.directory').isVisible()).toBe(true)
    },
    slow,
  )

  describe('accessibility (axe-core)', () => {
    const paths = [
      '',
      '/events',
      '/platforms/german-centre-taicang',
      '/enterprises',
      '/search?q=AHK',
    ]
    it.each(['zh', 'de', 'en'])(
      'finds no violations on the home, list and detail pages in %s',
      async (locale) => {
        for (const path of paths) {
          const page = await open(`/${locale}${path}`)
          const { violations } = await new AxeBuilder({ page }).analyze()
          expect({
            path: `/${locale}${path}`,
            violations: violations.map(
              (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
            ),
          }).toEqual({
            path: `/${locale}${path}`,
            violations: [],
          })
          await page.close()
        }
      },
      slow,
    )
  })
})
