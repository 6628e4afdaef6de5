import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import { createRecord, createUser } from './fixtures'
import { describeDatabase, useTestPayload } from './payload'
import { login, rest, type Method, type RestResponse } from './rest'

// Uploads in the fixtures must not land in the worktree's media folder. Media.ts reads MEDIA_DIR when
// the config is first imported, which useTestPayload does lazily, after this module has run.
process.env.MEDIA_DIR ||= fs.mkdtempSync(path.join(os.tmpdir(), 'cms-bad-input-media-'))

export type Actor = 'anonymous' | 'translator-de' | 'translator-none' | 'editor' | 'admin'

/**
 * One hostile or sloppy request and what it must get. `path` may hold placeholders for the seeded
 * records: {milestone} {event} {enterprise} {platform} {draftEvent} {media} {glossary}
 * {editorUser} {adminUser}.
 */
export type BadInputCase = {
  /** Shown in the test name, e.g. the issue item ("#12 item 10: ..."). */
  name?: string
  method: Method
  path: string
  /** Sent as JSON. */
  body?: unknown
  /** Sent exactly as given (string, bytes, FormData), with `contentType` if set. */
  raw?: BodyInit | (() => BodyInit)
  contentType?: string
  headers?: Record<string, string>
  as: Actor
  expect: { status: number; mentions?: string | RegExp }
}

export type Fixtures = Record<string, string | number>

export type BadInputOptions = {
  purpose?: string
  /** More records for a suite's placeholders, created with the standard ones (and again after a case changed data). */
  fixtures?: (payload: Payload) => Promise<Fixtures>
  alongside?: (world: () => Promise<World>) => void
}

let extraFixtures: BadInputOptions['fixtures']

export type World = { payload: Payload; tokens: Partial<Record<Actor, string>>; fixtures: Fixtures }

let world: World | undefined

/** A 1×1 PNG, so the media fixture is a real upload. */
async function tinyPng(): Promise<Buffer> {
  const { default: sharp } = await import('sharp')
  return sharp({ create: { width: 1, height: 1, channels: 3, background: '#888888' } })
    .png()
    .toBuffer()
}

/** One record of each kind a bad request can aim at; created anew after a case changed stored data. */
async function seedFixtures(
  payload: Payload,
  users: Record<string, { id: string | number }>,
): Promise<Fixtures> {
  const data = await tinyPng()
  const media = await payload.create({
    collection: 'media',
    data: { alt: '测试图片' } as never,
    file: { data, mimetype: 'image/png', name: 'fixture.png', size: data.length },
    locale: 'zh',
    overrideAccess: true,
  })
  const glossary = await payload.create({
    collection: 'glossary',
    data: { term: '德国中心' } as never,
    locale: 'zh',
    overrideAccess: true,
  })
  return {
    milestone: (await createRecord(payload, 'milestones')).id,
    event: (await createRecord(payload, 'events')).id,
    enterprise: (await createRecord(payload, 'enterprises')).id,
    platform: (await createRecord(payload, 'platforms')).id,
    draftEvent: (await createRecord(payload, 'events', { draft: true })).id,
    media: media.id,
    glossary: glossary.id,
    editorUser: users.editor!.id,
    adminUser: users.admin!.id,
  }
}

/** Accounts of each kind, logged in through the API, and the records the cases aim at. */
async function seedWorld(payload: Payload): Promise<Omit<World, 'payload'>> {
  const accounts = {
    admin: await createUser(payload, ['admin']),
    editor: await createUser(payload, ['editor']),
    'translator-de': await createUser(payload, ['translator'], ['de']),
    'translator-none': await createUser(payload, ['translator'], []),
  }
  const tokens: World['tokens'] = {}
  for (const [actor, user] of Object.entries(accounts)) {
    tokens[actor as Actor] = await login((user as unknown as { email: string }).email)
  }
  const fixtures = await seedFixtures(payload, accounts)
  return { tokens, fixtures: { ...fixtures, ...(await extraFixtures?.(payload)) } }
}

async function seedBooted(payload: Payload): Promise<World> {
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { siteName: '太仓对德合作' } as never,
    locale: 'zh',
    overrideAccess: true,
  })
  await payload.updateGlobal({
    slug: 'key-figures',
    data: { figures: [{ key: 'german-enterprises', label: '德资企业', value: 500 }] } as never,
    locale: 'zh',
    overrideAccess: true,
  })
  return { payload, ...(await seedWorld(payload)) }
}

/** Fields that change without anyone writing the record: logins, sessions, lockouts. */
const volatileUserFields = ['sessions', 'loginAttempts', 'lockUntil', 'updatedAt'] as const

/**
 * Everything stored, as one JSON string: every collection (users without their volatile fields),
 * every collection's and global's versions, and every global, all locales, drafts included.
 * One query per collection, so a snapshot per case stays cheap.
 */
export async function storedData(payload: Payload): Promise<string> {
  // Hidden fields too: a changed password hash or reset token is a change.
  const all = {
    locale: 'all' as const,
    draft: true,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    showHiddenFields: true,
  } as const
  const out: Record<string, unknown> = {}
  for (const collection of payload.config.collections) {
    const slug = collection.slug as CollectionSlug
    const { docs } = await payload.find({ collection: slug, ...all, sort: 'id' })
    out[slug] =
      slug === 'users'
        ? docs.map((doc) => {
            const copy = { ...(doc as unknown as Record<string, unknown>) }
            for (const field of volatileUserFields) delete copy[field]
            return copy
          })
        : docs
    if (collection.versions) {
      const versions = await payload.findVersions({ collection: slug, ...all, sort: 'id' })
      out[`${slug}:versions`] = versions.docs
    }
  }
  for (const global of payload.config.globals) {
    const slug = global.slug as GlobalSlug
    out[`global:${slug}`] = await payload.findGlobal({
      slug,
      locale: 'all',
      draft: true,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
    })
    if (global.versions) {
      const versions = await payload.findGlobalVersions({ slug, ...all, sort: 'id' } as never)
      out[`global:${slug}:versions`] = versions.docs
    }
  }
  return JSON.stringify(out)
}

/** Fills {placeholders} in a path with the seeded records' ids (URL-encoded). */
export function fillPath(template: string, fixtures: Fixtures): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = fixtures[key]
    if (value === undefined) throw new Error(`Unknown placeholder ${whole} in ${template}`)
    return encodeURIComponent(String(value))
  })
}

/**
 * Fills placeholders in a JSON body: a string that is just `{event}` becomes the id itself (a
 * number stays a number), and placeholders inside longer strings (a GraphQL query) are replaced.
 */
export function fillBody(body: unknown, fixtures: Fixtures): unknown {
  if (typeof body === 'string') {
    const whole = /^\{(\w+)\}$/.exec(body)
    if (whole && fixtures[whole[1]!] !== undefined) return fixtures[whole[1]!]
    return body.replace(/\{(\w+)\}/g, (match, key: string) =>
      fixtures[key] === undefined ? match : String(fixtures[key]),
    )
  }
  if (Array.isArray(body)) return body.map((item) => fillBody(item, fixtures))
  if (body && typeof body === 'object') {
    return Object.fromEntries(
      Object.entries(body).map(([key, value]) => [key, fillBody(value, fixtures)]),
    )
  }
  return body
}

/** The whole answer a client can read, for the "names the problem" check. */
function readable(response: RestResponse): string {
  return response.text
}

function caseTitle(c: BadInputCase): string {
  const prefix = c.name ? `${c.name}: ` : ''
  return `${prefix}${c.as} ${c.method} ${c.path} → ${c.expect.status}`
}

/**
 * A suite of bad requests, run one after another against one Payload on a fresh database of this
 * jest project's dialect. Each case must answer its 4xx (never 5xx), say what was wrong, and leave
 * every stored byte as it was.
 */
export function describeBadInput(
  name: string,
  cases: BadInputCase[],
  /** The scratch database's name part, or options. */
  purposeOrOptions: string | BadInputOptions = 'badinput',
  /** Ordinary tests that share the suite's Payload, e.g. that good requests of the same kinds still pass. */
  alongside?: (world: () => Promise<World>) => void,
): void {
  const options =
    typeof purposeOrOptions === 'string' ? { purpose: purposeOrOptions } : purposeOrOptions
  const purpose = options.purpose ?? 'badinput'
  extraFixtures = options.fixtures
  alongside ??= options.alongside
  describeDatabase(name, () => {
    useTestPayload(
      purpose,
      async (payload) => {
        world = await seedBooted(payload)
      },
      180_000,
    )

    for (const c of cases) {
      it(
        caseTitle(c),
        async () => {
          const current = world!
          const { payload } = current
          const before = await storedData(payload)
          const raw = typeof c.raw === 'function' ? c.raw() : c.raw
          const response = await rest(c.method, fillPath(c.path, current.fixtures), {
            body: fillBody(c.body, current.fixtures),
            raw,
            contentType: c.contentType,
            headers: c.headers,
            token: c.as === 'anonymous' ? undefined : current.tokens[c.as],
          })
          const after = await storedData(payload)
          if (after !== before) {
            // Later cases need their accounts and records intact: make new ones before failing this one.
            Object.assign(current, await seedWorld(payload))
          }
          if (response.status !== c.expect.status) {
            throw new Error(
              `Expected ${c.expect.status}, got ${response.status}: ${readable(response).slice(0, 600)}`,
            )
          }
          expect(response.status).toBeLessThan(500)
          if (c.expect.mentions !== undefined) expect(readable(response)).toMatch(c.expect.mentions)
          expect(JSON.parse(after)).toEqual(JSON.parse(before))
        },
        60_000,
      ) // a failing case reseeds and diffs everything stored
    }

    alongside?.(async () => world!)
  })
}
