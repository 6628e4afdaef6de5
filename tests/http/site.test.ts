import { XMLParser } from 'fast-xml-parser'

import { events as seedEvents } from '@/seed/content'

import { parseIcs, unescapeText } from '../helpers/ics'
import { getPage, head, siteUrl, text } from '../helpers/site'

const locales = ['zh', 'de', 'en'] as const
const tags = { zh: 'zh-Hans-CN', de: 'de-DE', en: 'en' } as const

/** One page of each kind, in every locale, and the JSON-LD types each must carry. */
const pages = [
  { path: '', types: ['GovernmentOrganization', 'WebSite'] },
  { path: '/milestones', types: ['ItemList', 'BreadcrumbList'] },
  { path: '/events', types: ['ItemList', 'BreadcrumbList'] },
  { path: '/enterprises', types: ['ItemList', 'BreadcrumbList'] },
  { path: '/platforms', types: ['ItemList', 'BreadcrumbList'] },
  { path: '/search', types: ['BreadcrumbList'] },
  { path: '/events/2017-hidden-champions-summit', types: ['Event', 'BreadcrumbList'] },
  { path: '/enterprises/kern-liebers', types: ['Organization', 'BreadcrumbList'] },
  { path: '/platforms/german-centre-taicang', types: ['Organization', 'BreadcrumbList'] },
]

describe('the public site over HTTP', () => {
  describe.each(pages)('$path', ({ path, types }) => {
    it.each(locales)(
      'serves %s with its language, alternates, canonical URL, Open Graph and JSON-LD',
      async (locale) => {
        const page = await getPage(`/${locale}${path}`)
        expect(page.status).toBe(200)
        const meta = head(page.html)
        expect(meta.lang).toBe(tags[locale])
        expect(meta.title).not.toBe('')
        expect(meta.canonical).toBe(siteUrl(`/${locale}${path}`))
        expect(meta.alternates).toEqual({
          'zh-Hans-CN': siteUrl(`/zh${path}`),
          'de-DE': siteUrl(`/de${path}`),
          en: siteUrl(`/en${path}`),
          'x-default': siteUrl(path === '' ? '/' : `/zh${path}`),
        })
        expect(meta.og('url')).toBe(meta.canonical)
        expect(meta.og('title')).toBe(meta.title)
        expect(meta.og('locale')).toBe({ zh: 'zh_CN', de: 'de_DE', en: 'en_US' }[locale])
        expect(meta.jsonLd.map((item) => item['@type'])).toEqual(expect.arrayContaining(types))
        // The language switcher links to the same page in the other languages.
        for (const other of locales)
          expect(page.html).toContain(`href="/${other}${path}?lang=${other}"`)
      },
    )
  })

  it('redirects / by Accept-Language, Chinese when nothing matches, and remembers a choice', async () => {
    const go = async (headers: Record<string, string>) => {
      const response = await getPage('/', { headers })
      expect(response.status).toBe(307)
      return new URL(response.headers.get('location')!, siteUrl()).pathname
    }
    expect(await go({ 'accept-language': 'de-AT,de;q=0.9,en;q=0.5' })).toBe('/de')
    expect(await go({ 'accept-language': 'en-GB' })).toBe('/en')
    expect(await go({ 'accept-language': 'fr-FR,fr' })).toBe('/zh')
    expect(await go({})).toBe('/zh')

    // Choosing English in the language switcher is remembered, and the URL cleaned.
    const choice = await getPage('/en/events?lang=en', { headers: { 'accept-language': 'de' } })
    expect(choice.status).toBe(307)
    expect(new URL(choice.headers.get('location')!, siteUrl()).href).toBe(siteUrl('/en/events'))
    const cookie = choice.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/NEXT_LOCALE=en/)
    expect(await go({ 'accept-language': 'de', cookie: cookie.split(';')[0]! })).toBe('/en')
    // Reading a page does not change the remembered language, and is served without a cookie.
    expect((await getPage('/de/events')).headers.get('set-cookie')).toBeNull()
    expect(
      (await getPage('/', { headers: { 'accept-language': 'de' } })).headers.get('vary'),
    ).toMatch(/Accept-Language/)
  })

  it('answers an unknown locale or record with the localized 404 page and status 404', async () => {
    const cases: { path: string; headers: Record<string, string>; title: string }[] = [
      { path: '/fr/events', headers: { 'accept-language': 'de' }, title: 'Seite nicht gefunden' },
      { path: '/xx', headers: {}, title: '未找到该页面' },
      { path: '/de/events/no-such-event', headers: {}, title: 'Seite nicht gefunden' },
      { path: '/en/platforms/no-such-platform', headers: {}, title: 'Page not found' },
      { path: '/zh/enterprises/no-such-enterprise', headers: {}, title: '未找到该页面' },
      { path: '/en/no/such/page', headers: {}, title: 'Page not found' },
      // Malformed percent escapes in any segment are no page, not a server error (issue #12).
      { path: '/zh/events/%E0%A4%A', headers: {}, title: '未找到该页面' },
      { path: '/de/enterprises/%E0%A4%A', headers: {}, title: 'Seite nicht gefunden' },
      { path: '/de/events/%E0%A4%A', headers: {}, title: 'Seite nicht gefunden' },
      { path: '/en/platforms/%ZZ', headers: {}, title: 'Page not found' },
      { path: '/en/%E0%A4%A/x', headers: {}, title: 'Page not found' },
    ]
    for (const { path, headers, title } of cases) {
      const page = await getPage(path, { headers })
      expect({ path, status: page.status }).toEqual({ path, status: 404 })
      expect(page.html).toContain(title)
      expect(page.html).toMatch(/<meta name="robots" content="noindex/)
    }
    expect((await getPage('/de/events/no-such-event/event.ics')).status).toBe(404)
    expect((await getPage('/zh/events/%E0%A4%A/event.ics')).status).toBe(404)
    expect((await getPage('/fr/events.ics')).status).toBe(404)
  })

  it('answers a malformed percent escape in an API or admin path with 400, not 500', async () => {
    for (const path of [
      '/api/events/%E0%A4%A',
      '/api/media/file/%E0%A4%A',
      '/admin/collections/%E0%A4%A',
    ]) {
      const response = await getPage(path)
      expect({ path, status: response.status }).toEqual({ path, status: 400 })
      expect(response.html).toMatch(/malformed percent escape/)
    }
  })

  it('answers HEAD like GET, without the body: status, type, language and headers', async () => {
    for (const path of [
      '/zh',
      '/de/events',
      '/en/platforms/german-centre-taicang',
      '/de/no-such-page',
    ]) {
      const get = await getPage(path)
      const response = await fetch(siteUrl(path), { method: 'HEAD', redirect: 'manual' })
      expect({ path, status: response.status }).toEqual({ path, status: get.status })
      for (const header of ['content-type', 'content-language', 'content-security-policy']) {
        expect({ path, header, value: response.headers.get(header) }).toEqual({
          path,
          header,
          value: get.headers.get(header),
        })
      }
      expect(await response.text()).toBe('')
    }
  })

  /**
   * A header a 304 must repeat from the 200. Vary is a set of field names (RFC 9110 §12.5.5): the
   * same names in another order vary the same way, so it is compared as a set, and never empty.
   */
  const validator = (header: string, response: { headers: Headers }) => {
    const value = response.headers.get(header)
    if (header !== 'vary' || value === null) return value
    return [...new Set(value.split(',').map((name) => name.trim().toLowerCase()))].sort()
  }

  it('answers If-None-Match with 304 and the 200’s validators, cached pages and per-request ones', async () => {
    for (const path of [
      '/zh',
      '/en/platforms',
      '/en/platforms/german-centre-taicang',
      '/de/events',
      '/de/search?q=Zentrum',
    ]) {
      const full = await getPage(path)
      const etag = full.headers.get('etag')
      expect({ path, status: full.status, etag }).toEqual({
        path,
        status: 200,
        etag: expect.stringMatching(/^"[^"]+"$/),
      })
      for (const [method, ifNoneMatch] of [
        ['GET', etag!],
        ['HEAD', etag!],
        ['GET', `"elsewhere", W/${etag}`],
        ['GET', '*'],
      ] as const) {
        const response = await fetch(siteUrl(path), {
          method,
          headers: { 'if-none-match': ifNoneMatch },
          redirect: 'manual',
        })
        expect({ path, method, ifNoneMatch, status: response.status }).toEqual({
          path,
          method,
          ifNoneMatch,
          status: 304,
        })
        expect(await response.text()).toBe('')
        for (const header of ['etag', 'cache-control', 'vary']) {
          expect({ path, header, value: validator(header, response) }).toEqual({
            path,
            header,
            value: validator(header, full),
          })
        }
      }
      const other = await getPage(path, { headers: { 'if-none-match': '"not-this-page"' } })
      expect({ path, status: other.status, etag: other.headers.get('etag') }).toEqual({
        path,
        status: 200,
        etag,
      })
    }
    // A precondition never turns a 404 into a 304.
    const missing = await getPage('/de/no-such-page')
    expect((await getPage('/de/no-such-page', { headers: { 'if-none-match': '*' } })).status).toBe(
      missing.status,
    )
  })

  it('formats the key figures per locale (8.29亿美元 / 829 Mio. USD / USD 829 million)', async () => {
    const shown = async (locale: string) =>
      text((await getPage(`/${locale}`)).html).replace(/\s/g, ' ')
    expect(await shown('zh')).toContain('8.29亿美元')
    expect(await shown('de')).toContain('829 Mio. USD')
    expect(await shown('en')).toContain('USD 829 million')
    expect(await shown('de')).toContain('mehr als 450 Unternehmen')
  })

  it('shows only the year the source gives for an event, never 1 January', async () => {
    const path = '/events/2012-sme-cooperation-forum-hannover'
    const zh = text((await getPage(`/zh${path}`)).html)
    const de = text((await getPage(`/de${path}`)).html)
    const en = text((await getPage(`/en${path}`)).html)
    expect(zh).toContain('2012年')
    expect(zh).not.toContain('1月1日')
    expect(de).toContain('2012')
    expect(de).not.toMatch(/1\. Januar/)
    expect(en).not.toMatch(/January 1/)
    const event = head((await getPage(`/en${path}`)).html).jsonLd.find(
      (item) => item['@type'] === 'Event',
    )
    expect(event?.startDate).toBe('2012')
  })

  it('shows an event the article does not date as such: no year, no calendar entry', async () => {
    const page = await getPage('/de/events/beer-festival')
    expect(page.status).toBe(200)
    expect(text(page.html)).toContain('Findet regelmäßig statt')
    expect(text(page.html)).not.toContain('2022')
    const event = head(page.html).jsonLd.find((item) => item['@type'] === 'Event')
    expect(event?.startDate).toBeUndefined()
    expect(page.html).not.toContain('event.ics')
    expect((await getPage('/de/events/beer-festival/event.ics')).status).toBe(404)
    const ceremony = await getPage('/en/events/green-low-carbon-park-signing-ceremony')
    expect(text(ceremony.html)).toContain('No date in the source')
    expect(text((await getPage('/zh/events')).html)).toContain('定期举办')
  })

  it('dates the incubator opening to the month the article gives: Juli 2021, not a day', async () => {
    const de = text((await getPage('/de/milestones')).html)
    expect(de).toContain('Juli 2021')
    expect(de).not.toMatch(/1\. Juli 2021/)
  })

  it('shows the overview and the outlook on the home page, in the reader’s language', async () => {
    const en = text((await getPage('/en')).html)
    expect(en).toContain('core automotive components')
    expect(en).toContain('China headquarters')
    expect(en).toContain('FC Bayern Munich')
    expect(en).toContain('50th anniversary of diplomatic relations')
  })

  it('gives German and English readers the source in their language, the Chinese quote only on the record’s page', async () => {
    const han = (html: string) => (text(html).match(/\p{Script=Han}/gu) ?? []).length
    for (const locale of ['de', 'en'] as const) {
      const home = await getPage(`/${locale}`)
      // The language switcher's 中文 and the article's Chinese title, once, for readers who look it up.
      expect([locale, han(home.html) < 30]).toEqual([locale, true])
    }
    const home = text((await getPage('/de')).html)
    expect(home).toContain('Quelle: Abschnitt „Aktueller Stand“')
    const record = await getPage('/de/platforms/german-centre-taicang')
    expect(text(record.html)).toContain(
      'Abschnitt: Meilensteine der Zusammenarbeit mit Deutschland · 2015 / Aktueller Stand',
    )
    expect(record.html).toMatch(
      /<blockquote lang="zh-Hans-CN"><p>全球第六个、中国第三个德国中心落户太仓/,
    )
  })

  it('lists every public page in every locale in the sitemap, each with its alternates', async () => {
    const response = await getPage('/sitemap.xml')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/xml/)
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      response.html,
    )
    const urls: { loc: string; 'xhtml:link': { rel: string; hreflang: string; href: string }[] }[] =
      xml.urlset.url
    const locs = urls.map((url) => url.loc)
    for (const locale of locales) {
      for (const { path } of pages.filter((page) => page.path !== '/search'))
        expect(locs).toContain(siteUrl(`/${locale}${path}`))
    }
    expect(new Set(locs).size).toBe(locs.length)
    for (const url of urls) {
      const links = url['xhtml:link']
      expect(links.map((link) => link.hreflang).sort()).toEqual([
        'de-DE',
        'en',
        'x-default',
        'zh-Hans-CN',
      ])
      expect(links.map((link) => link.href)).toContain(url.loc)
    }
    const robots = await getPage('/robots.txt')
    expect(robots.html).toContain(`Sitemap: ${siteUrl('/sitemap.xml')}`)
    expect(robots.html).toMatch(/Disallow: \/admin/)
  })

  it('serves the events as valid iCalendar, per feed and per event', async () => {
    const feed = await getPage('/de/events.ics')
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const { components } = parseIcs(feed.html)
    const events = components.VEVENT!
    // Every dated event, and none the article names without a date (a calendar entry needs one).
    expect(events.length).toBe(seedEvents.filter((event) => event.startDate).length)
    expect(events.map((event) => unescapeText(event.SUMMARY))).not.toContain('Bierfest')
    for (const event of events) {
      expect(event.UID).toMatch(/^event-\d+@/)
      expect(event.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/)
      expect(event['DTSTART;VALUE=DATE'] ?? event['DTSTART;TZID=Asia/Shanghai']).toBeDefined()
    }
    expect(feed.html.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true)
    expect(events.map((event) => unescapeText(event.SUMMARY))).toContain(
      'Erster Deutsch-Chinesischer Hidden-Champions-Gipfel',
    )

    const single = await getPage('/zh/events/2017-hidden-champions-summit/event.ics')
    const only = parseIcs(single.html).components.VEVENT!
    expect(only).toHaveLength(1)
    expect(unescapeText(only[0]!.SUMMARY)).toBe('首届中德“隐形冠军”峰会')
    expect(only[0]!['DTSTART;VALUE=DATE']).toBe('20170101')
    expect(only[0]!['DTEND;VALUE=DATE']).toBe('20180101')
  })

  it('keeps the directory’s filters in the URL and ignores invalid ones', async () => {
    const withYear = text((await getPage('/en/enterprises?year=1993')).html)
    expect(withYear).toContain('Kern-Liebers')
    const none = await getPage('/en/enterprises?year=1994&industry=automotive')
    expect(none.status).toBe(200)
    expect(text(none.html)).toContain('No enterprise matches this selection.')
    // The language switcher keeps the filters.
    expect(none.html).toContain(
      'href="/de/enterprises?industry=automotive&amp;year=1994&amp;lang=de"',
    )
    const invalid = await getPage('/en/enterprises?industry=banking&page=abc')
    expect(invalid.status).toBe(200)
    expect(text(invalid.html)).toContain('Kern-Liebers')
  })

  it('filters events by format and year, and milestones by category', async () => {
    const forums2019 = text((await getPage('/en/events?format=forum&year=2019')).html)
    expect(forums2019).toContain(
      'First Sino-German Innovative Cities Cooperation Forum and Taicang Day',
    )
    expect(forums2019).not.toContain('Football Match')
    const education = text((await getPage('/de/milestones?category=education')).html)
    expect(education).not.toContain(
      'Kern-Liebers siedelt sich als erstes deutsches Unternehmen in Taicang an',
    )
    expect(text((await getPage('/de/milestones')).html)).toContain(
      'Kern-Liebers siedelt sich als erstes deutsches Unternehmen in Taicang an',
    )
  })

  it('finds 德国中心 and 双元制 in Chinese and Zentrum inside German compounds', async () => {
    const search = async (locale: string, q: string) =>
      text((await getPage(`/${locale}/search?q=${encodeURIComponent(q)}`)).html)
    expect(await search('zh', '德国中心')).toContain('太仓德国中心')
    expect(await search('zh', '双元制')).toContain('太仓双元制教育研究院')
    const zentrum = await search('de', 'Zentrum')
    expect(zentrum).toContain('Deutsch-Chinesisches Zentrum (Taicang)')
    expect(zentrum).toContain('Innovationszentrum Taicang in Berlin')
    expect(await search('en', 'German Centre')).toContain('German Centre Taicang')
    expect(await search('de', 'qqqzzz')).toContain('Keine Treffer für „qqqzzz“')
  })
})
