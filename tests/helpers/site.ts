import { api, type Session } from './http'
import type { JsonObject } from './json'

/**
 * The seeded public site that scripts/test.mjs serves for these tests (SITE_BASE_URL), with an
 * administrator (SITE_ADMIN_EMAIL / SITE_ADMIN_PASSWORD) for publishing through the API.
 */
export function siteUrl(path = ''): string {
  const url = process.env.SITE_BASE_URL
  if (!url) throw new Error('SITE_BASE_URL is not set: run the site tests through `npm test`.')
  return `${url}${path}`
}

export type Page = { status: number; html: string; headers: Headers; url: string }

export async function getPage(path: string, init: RequestInit = {}): Promise<Page> {
  const response = await fetch(siteUrl(path), { redirect: 'manual', ...init })
  return {
    status: response.status,
    html: await response.text(),
    headers: response.headers,
    url: response.url,
  }
}

/** The site's API (the same server): requests as the seeded administrator. */
export async function siteApi(session: Session, method: string, path: string, body?: unknown) {
  const previous = process.env.TEST_BASE_URL
  process.env.TEST_BASE_URL = process.env.SITE_BASE_URL
  try {
    return await api(session, method, path, body)
  } finally {
    process.env.TEST_BASE_URL = previous
  }
}

/** Signs in to the site's API. */
export async function siteLogin(email: string, password: string): Promise<Session> {
  const { status, json } = await siteApi({}, 'POST', '/api/users/login', { email, password })
  if (status !== 200) throw new Error(`Login of ${email} on the site failed: ${status}`)
  return { token: json.token }
}

export function adminSession(): Promise<Session> {
  return siteLogin(process.env.SITE_ADMIN_EMAIL!, process.env.SITE_ADMIN_PASSWORD!)
}

/**
 * A name no seeded record contains, so a test can look for exactly its own record. The suffix is
 * letters only: a figure in it would be a fact the QA gate requires in every translation, and the
 * translations' own suffixes differ, so publishing them would be refused (422).
 */
export function uniqueName(prefix: string): string {
  return `${prefix} ${inLetters(Date.now())}${inLetters(Math.floor(Math.random() * 26 ** 4))}`
}

/** A whole number written in base 26 with the letters a–z. */
function inLetters(value: number): string {
  let rest = value
  let letters = ''
  do {
    letters = String.fromCharCode(97 + (rest % 26)) + letters
    rest = Math.floor(rest / 26)
  } while (rest > 0)
  return letters
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`, 'i'))?.[1]

/** What a page's <head> says about it: the parts search engines and the language switcher rely on. */
export function head(html: string) {
  const links = [...html.matchAll(/<link\b[^>]*>/gi)].map((match) => match[0])
  const metas = [...html.matchAll(/<meta\b[^>]*>/gi)].map((match) => match[0])
  const alternates = Object.fromEntries(
    links
      .filter(
        (tag) =>
          attr(tag, 'rel') === 'alternate' && attr(tag, 'hrefLang'.toLowerCase()) !== undefined,
      )
      .map((tag) => [attr(tag, 'hreflang')!, decode(attr(tag, 'href')!)]),
  )
  const meta = (key: string) =>
    metas.find((tag) => attr(tag, 'property') === key || attr(tag, 'name') === key)
  return {
    lang: html.match(/<html[^>]*\slang="([^"]+)"/)?.[1],
    title: decode(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? ''),
    canonical: decode(
      attr(links.find((tag) => attr(tag, 'rel') === 'canonical') ?? '', 'href') ?? '',
    ),
    alternates,
    og: (key: string) => decode(attr(meta(`og:${key}`) ?? '', 'content') ?? ''),
    robots: attr(meta('robots') ?? '', 'content'),
    jsonLd: [
      ...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
    ].flatMap((match) => {
      const data = JSON.parse(match[1]!)
      return Array.isArray(data) ? data : [data]
    }) as JsonObject[],
  }
}

export function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** The page's visible text, roughly: tags and scripts removed, entities decoded, spaces collapsed. */
export function text(html: string): string {
  return decode(
    html
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      .replace(/<style[\s\S]*?<\/style>/g, ' ')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim()
}

/** Polls until `check` passes or `ms` have gone by; returns how long it took. No fixed sleeps. */
export async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now()
  for (;;) {
    if (await check()) return Date.now() - started
    if (Date.now() - started > ms) throw new Error(`Not true within ${ms} ms`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/** Signs in on the admin's login form and waits until the admin has opened. */
export async function signInToAdmin(
  page: import('playwright-core').Page,
  email = process.env.SITE_ADMIN_EMAIL!,
  password = process.env.SITE_ADMIN_PASSWORD!,
): Promise<void> {
  await page.goto(siteUrl('/admin/login'))
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(
    (url) => url.pathname.startsWith('/admin') && !url.pathname.includes('login'),
  )
}
