import type { Session } from '../helpers/http'
import { parseIcs, unescapeText } from '../helpers/ics'
import { adminSession, getPage, head, siteApi, text, uniqueName, within } from '../helpers/site'

const locales = ['zh', 'de', 'en'] as const
const search = (locale: string, q: string) => `/${locale}/search?q=${encodeURIComponent(q)}`
const shows = async (path: string, needle: string) => {
  const { html } = await getPage(path)
  // On a search page the query itself is on the page: look at the results only.
  const results = path.includes('/search?')
    ? [...html.matchAll(/<li class="result">[\s\S]*?<\/li>/g)].join('')
    : html
  return text(results).includes(needle)
}
const figureValues = async (locale: string) =>
  [...(await getPage(`/${locale}`)).html.matchAll(/<dd class="figure__value">([^<]*)<\/dd>/g)].map(
    (match) => match[1]!,
  )

describe('editors publishing: drafts stay private, changes reach every page within a second', () => {
  let admin: Session

  beforeAll(async () => {
    admin = await adminSession()
  }, 60_000)

  it('never shows a draft: not listed, searched, in the sitemap or feed, and its page is a 404', async () => {
    const name = uniqueName('Entwurfsplattform')
    const platform = await siteApi(admin, 'POST', '/api/platforms?locale=de&draft=true', {
      name,
      type: 'incubator',
      _status: 'draft',
    })
    expect(platform.status).toBe(201)
    const slug = platform.json.doc.slug
    const title = uniqueName('Entwurfsveranstaltung')
    const event = await siteApi(admin, 'POST', '/api/events?locale=de&draft=true', {
      title,
      startDate: '2030-05-01T00:00:00.000Z',
      datePrecision: 'month',
      format: 'forum',
      _status: 'draft',
    })
    expect(event.status).toBe(201)

    for (const locale of locales) {
      expect(await shows(`/${locale}/platforms`, name)).toBe(false)
      expect(await shows(`/${locale}`, title)).toBe(false)
      expect(await shows(`/${locale}/events`, title)).toBe(false)
      expect(await shows(search(locale, name), name)).toBe(false)
      expect((await getPage(`/${locale}/platforms/${slug}`)).status).toBe(404)
      expect((await getPage(`/${locale}/events/${event.json.doc.slug}`)).status).toBe(404)
      expect((await getPage(`/${locale}/events.ics`)).html).not.toContain(title.slice(0, 20))
    }
    expect((await getPage('/sitemap.xml')).html).not.toContain(slug)
    // Asking for drafts does not help the public either.
    expect((await getPage(`/de/platforms/${slug}?draft=true`)).status).toBe(404)
  })

  it('keeps showing the published text while an edit waits as a draft', async () => {
    const published = uniqueName('Veröffentlicht')
    const created = await siteApi(admin, 'POST', '/api/platforms?locale=de', {
      name: published,
      type: 'incubator',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const { id, slug } = created.json.doc
    const pending = uniqueName('Nur Entwurf')
    expect(
      (
        await siteApi(admin, 'PATCH', `/api/platforms/${id}?locale=de&draft=true`, {
          name: pending,
          _status: 'draft',
        })
      ).status,
    ).toBe(200)
    const page = text((await getPage(`/de/platforms/${slug}`)).html)
    expect(page).toContain(published)
    expect(page).not.toContain(pending)
    expect(await shows(search('de', pending), pending)).toBe(false)
  })

  it('shows a publish on every affected page in every locale within a second, and an unpublish too', async () => {
    const name = {
      zh: uniqueName('新平台'),
      de: uniqueName('Neue Plattform'),
      en: uniqueName('New platform'),
    }
    const created = await siteApi(admin, 'POST', '/api/platforms?locale=zh&draft=true', {
      name: name.zh,
      type: 'innovation-centre',
      _status: 'draft',
    })
    expect(created.status).toBe(201)
    const { id, slug } = created.json.doc
    for (const locale of ['de', 'en'] as const) {
      const saved = await siteApi(
        admin,
        'PATCH',
        `/api/platforms/${id}?locale=${locale}&draft=true`,
        { name: name[locale], _status: 'draft' },
      )
      expect(saved.status).toBe(200)
    }

    // Every page that will show it is rendered and cached first, so only revalidation can update it.
    const affected = (locale: (typeof locales)[number]) => [
      `/${locale}/platforms`,
      search(locale, name[locale]),
    ]
    for (const locale of locales) {
      for (const path of affected(locale)) expect(await shows(path, name[locale])).toBe(false)
      expect((await getPage(`/${locale}/platforms/${slug}`)).status).toBe(404)
    }
    expect((await getPage('/sitemap.xml')).html).not.toContain(slug)

    // Publishing is per locale (src/translation/publishing.ts): the editor publishes each language.
    for (const locale of ['de', 'en', 'zh'] as const) {
      const publish = await siteApi(admin, 'PATCH', `/api/platforms/${id}?locale=${locale}`, {
        _status: 'published',
      })
      expect(publish.status).toBe(200)
    }
    const published = Date.now()
    for (const locale of locales) {
      await within(1000 - (Date.now() - published), async () => {
        const results = await Promise.all([
          ...affected(locale).map((path) => shows(path, name[locale])),
          getPage(`/${locale}/platforms/${slug}`).then(
            (page) => page.status === 200 && head(page.html).title.startsWith(name[locale]),
          ),
        ])
        return results.every(Boolean)
      })
    }
    await within(1000 - (Date.now() - published), async () =>
      (await getPage('/sitemap.xml')).html.includes(`/platforms/${slug}`),
    )
    expect(Date.now() - published).toBeLessThanOrEqual(1000)

    const unpublish = await siteApi(admin, 'PATCH', `/api/platforms/${id}?locale=zh`, {
      _status: 'draft',
    })
    expect(unpublish.status).toBe(200)
    const unpublished = Date.now()
    for (const locale of locales) {
      await within(1000 - (Date.now() - unpublished), async () => {
        const [list, found, page] = await Promise.all([
          shows(`/${locale}/platforms`, name[locale]),
          shows(search(locale, name[locale]), name[locale]),
          getPage(`/${locale}/platforms/${slug}`),
        ])
        return !list && !found && page.status === 404
      })
    }
    expect(Date.now() - unpublished).toBeLessThanOrEqual(1000)
  })

  it('answers a browser’s revalidation with 304 until a publish changes the page, then 200', async () => {
    const created = await siteApi(admin, 'POST', '/api/platforms?locale=de', {
      name: uniqueName('Zwischengespeichert'),
      type: 'incubator',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const { id, slug } = created.json.doc
    const path = `/de/platforms/${slug}`
    const revalidate = (etag: string) => getPage(path, { headers: { 'if-none-match': etag } })

    const first = await getPage(path)
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[^"]+"$/)
    // Served from Next's cache now: the proxy answers for it.
    expect((await revalidate(etag)).status).toBe(304)

    const renamed = uniqueName('Umbenannt')
    const saved = await siteApi(admin, 'PATCH', `/api/platforms/${id}?locale=de`, {
      name: renamed,
      _status: 'published',
    })
    expect(saved.status).toBe(200)
    await within(10_000, async () => {
      const page = await revalidate(etag)
      return page.status === 200 && text(page.html).includes(renamed)
    })
    const changed = await getPage(path)
    expect(changed.headers.get('etag')).not.toBe(etag)
    expect((await revalidate(changed.headers.get('etag')!)).status).toBe(304)
  })

  it('updates an event’s page and both calendar feeds when it is edited', async () => {
    const list = await siteApi(
      admin,
      'GET',
      '/api/events?where[slug][equals]=2017-hidden-champions-summit&locale=de&depth=0',
    )
    const event = list.json.docs[0]
    // Warm the caches.
    expect(await shows('/de/events/2017-hidden-champions-summit', event.title)).toBe(true)
    const feedBefore = parseIcs((await getPage('/de/events.ics')).html).components.VEVENT!
    expect(feedBefore.map((item) => unescapeText(item.SUMMARY))).toContain(event.title)

    try {
      const renamed = `${event.title} (${uniqueName('geändert')})`
      expect(
        (
          await siteApi(admin, 'PATCH', `/api/events/${event.id}?locale=de`, {
            title: renamed,
            _status: 'published',
          })
        ).status,
      ).toBe(200)
      const saved = Date.now()
      await within(1000, async () => {
        const [page, feed, single] = await Promise.all([
          shows('/de/events/2017-hidden-champions-summit', renamed),
          getPage('/de/events.ics').then((response) =>
            response.html.replace(/\r\n[ \t]/g, '').includes(renamed.replace(/,/g, '\\,')),
          ),
          getPage('/de/events/2017-hidden-champions-summit/event.ics').then((response) =>
            response.html.replace(/\r\n[ \t]/g, '').includes(renamed),
          ),
        ])
        return page && feed && single
      })
      expect(Date.now() - saved).toBeLessThanOrEqual(1000)
      // Other languages' pages are revalidated too (the title there is their own translation, unchanged).
      expect((await getPage('/zh/events/2017-hidden-champions-summit')).status).toBe(200)
    } finally {
      await siteApi(admin, 'PATCH', `/api/events/${event.id}?locale=de`, {
        title: event.title,
        _status: 'published',
      })
    }
  })

  it('updates the key figures on the home page in every locale when the global changes', async () => {
    const current = await siteApi(admin, 'GET', '/api/globals/key-figures?locale=zh&depth=0')
    const figures = current.json.figures as { id: string; key: string; value: number }[]
    const target = figures.find((figure) => figure.key === 'german-projects-since-2012')!
    for (const locale of locales)
      expect((await figureValues(locale)).some((value) => value.startsWith('265'))).toBe(true)
    const changed = figures.map((figure) =>
      figure.id === target.id ? { ...figure, value: 266 } : figure,
    )
    try {
      expect(
        (await siteApi(admin, 'POST', '/api/globals/key-figures?locale=zh', { figures: changed }))
          .status,
      ).toBe(200)
      const saved = Date.now()
      for (const locale of locales) {
        await within(1000 - (Date.now() - saved), async () => {
          const values = await figureValues(locale)
          return (
            values.some((value) => value.startsWith('266')) &&
            !values.some((value) => value.startsWith('265'))
          )
        })
      }
      expect(Date.now() - saved).toBeLessThanOrEqual(1000)
    } finally {
      await siteApi(admin, 'POST', '/api/globals/key-figures?locale=zh', { figures })
    }
  })

  it('shows a field missing in the reader’s language from the fallback language, marked and announced', async () => {
    const created = await siteApi(admin, 'POST', '/api/platforms?locale=zh', {
      name: uniqueName('只有中文和英文'),
      type: 'education',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const { id, slug } = created.json.doc
    const english = uniqueName('English only')
    expect(
      (
        await siteApi(admin, 'PATCH', `/api/platforms/${id}?locale=en`, {
          name: english,
          _status: 'published',
        })
      ).status,
    ).toBe(200)

    const de = (await getPage(`/de/platforms/${slug}`)).html
    expect(text(de)).toContain(
      'Teile dieser Seite liegen noch nicht auf Deutsch vor und werden auf Englisch angezeigt.',
    )
    expect(de).toMatch(new RegExp(`<span lang="en">${english}</span>`))
    const en = (await getPage(`/en/platforms/${slug}`)).html
    expect(text(en)).not.toContain('not yet available in English')
    expect(en).not.toMatch(/<span lang="en">/)
    const zh = (await getPage(`/zh/platforms/${slug}`)).html
    expect(text(zh)).not.toContain('尚无中文版本')
  })

  it('lets signed-in staff preview drafts through /preview, and nobody else', async () => {
    const name = uniqueName('Vorschau')
    const created = await siteApi(admin, 'POST', '/api/platforms?locale=de&draft=true', {
      name,
      type: 'incubator',
      _status: 'draft',
    })
    const path = `/de/platforms/${created.json.doc.slug}`

    expect((await getPage(`/preview?path=${encodeURIComponent(path)}`)).status).toBe(403)
    expect(
      (
        await getPage(`/preview?path=${encodeURIComponent('//evil.example')}`, {
          headers: { authorization: `JWT ${admin.token}` },
        })
      ).status,
    ).toBe(400)

    const enter = await getPage(`/preview?path=${encodeURIComponent(path)}`, {
      headers: { authorization: `JWT ${admin.token}` },
    })
    expect(enter.status).toBe(307)
    expect(new URL(enter.headers.get('location')!, 'http://x').pathname).toBe(path)
    const bypass = enter.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith('__prerender_bypass='))!
      .split(';')[0]!

    const preview = await getPage(path, {
      headers: { cookie: bypass, authorization: `JWT ${admin.token}` },
    })
    expect(preview.status).toBe(200)
    expect(text(preview.html)).toContain(name)
    expect(text(preview.html)).toContain('Vorschau: Diese Seite zeigt unveröffentlichte Entwürfe.')
    // The draft-mode cookie alone, without a staff session, shows nothing.
    expect((await getPage(path, { headers: { cookie: bypass } })).status).toBe(404)
  })
})
