// `npm run bench`, mixed load: the built app on a seeded PostgreSQL database, 50 readers on public
// pages and 5 writers saving at the same time for 30 s (MIXED_SECONDS), two translators (de and en)
// on the same milestone. Reports errors (must be 0), lost writes (must be 0: after the run, every
// writer's last acknowledged value is what the record holds), reader p50/p99 and writer p50/p99/max,
// beside the same 50 readers on a static file that the same `next start` serves, measured first in
// the same run. Not a test: nothing here passes or fails; it prints the figures.
import { randomBytes } from 'node:crypto'

import { scratchPostgres } from '../lib/postgres.mjs'
import { startServer } from '../lib/server.mjs'

import { loadTest } from './load.mjs'

const seconds = Number(process.env.MIXED_SECONDS || 30)
const readerCount = 50
const admin = { email: 'bench-admin@example.org', password: randomBytes(12).toString('hex') }

const database = await scratchPostgres('mixed')
let server
try {
  console.log('Mixed load: starting the built app on a seeded PostgreSQL database…')
  server = await startServer({
    purpose: 'mixed-load',
    seed: true,
    admin,
    env: { DATABASE_URI: database.uri },
  })
  const result = await measure(server.url)
  report(result)
} finally {
  await server?.stop()
  await database.drop()
}

async function measure(base) {
  const adminToken = await login(base, admin)
  const people = {
    de: await createUser(base, adminToken, 'translator', ['de']),
    en: await createUser(base, adminToken, 'translator', ['en']),
    de2: await createUser(base, adminToken, 'translator', ['de']),
    editor: await createUser(base, adminToken, 'editor', []),
    editor2: await createUser(base, adminToken, 'editor', []),
  }
  const first = async (collection) =>
    (await call(base, adminToken, 'GET', `/api/${collection}?limit=1&depth=0&sort=id`)).json.docs[0]
      .id
  const milestone = await first('milestones')
  const event = await first('events')
  const platform = await first('platforms')

  // Two translators on one record, an editor publishing, an editor and a translator on another.
  const writers = [
    {
      who: people.de,
      collection: 'milestones',
      id: milestone,
      locale: 'de',
      field: 'title',
      publishEvery: 4,
    },
    {
      who: people.en,
      collection: 'milestones',
      id: milestone,
      locale: 'en',
      field: 'title',
      publishEvery: 4,
    },
    {
      who: people.editor,
      collection: 'events',
      id: event,
      locale: 'zh',
      field: 'summary',
      publish: true,
    },
    { who: people.editor2, collection: 'platforms', id: platform, locale: 'zh', field: 'location' },
    { who: people.de2, collection: 'platforms', id: platform, locale: 'de', field: 'location' },
  ]

  const pages = ['zh', 'de', 'en'].flatMap((locale) =>
    [
      '',
      '/milestones',
      '/events',
      '/platforms',
      '/enterprises',
      '/platforms/german-centre-taicang',
    ].map((path) => `${base}/${locale}${path}`),
  )
  // Render and cache every page once, then the static baseline, then the mixed load.
  for (const url of pages) await fetch(url).then((response) => response.text())
  console.log(`Baseline: ${readerCount} readers on /favicon.svg for ${seconds} s…`)
  const baseline = await readLoad([`${base}/favicon.svg`], seconds)

  console.log(
    `Mixed: ${readerCount} readers on ${pages.length} pages + ${writers.length} writers for ${seconds} s…`,
  )
  // Sessions first: a login is not a save, and must not eat into the writers' time.
  for (const writer of writers) writer.token = await login(base, writer.who)
  const deadline = Date.now() + seconds * 1000
  const [readers, ...writes] = await Promise.all([
    readLoad(pages, seconds),
    ...writers.map((writer) => writeLoop(base, writer, deadline)),
  ])

  // Lost writes: the record must hold each writer's last acknowledged value, in its draft and,
  // for the publishing editor, in the public version too.
  let lost = 0
  for (const [index, writer] of writers.entries()) {
    const last = writes[index].lastAcknowledged
    if (last === null) continue
    const path = `/api/${writer.collection}/${writer.id}?locale=${writer.locale}&depth=0&fallback-locale=none`
    const draft = (await call(base, adminToken, 'GET', `${path}&draft=true`)).json[writer.field]
    if (draft !== last) lost += 1
    if (writer.publish) {
      const published = (await call(base, null, 'GET', path)).json[writer.field]
      if (published !== last) lost += 1
    }
  }
  const latencies = writes.flatMap((write) => write.latencies).sort((a, b) => a - b)
  return {
    seconds,
    baseline,
    readers,
    writers: {
      count: writers.length,
      saves: latencies.length,
      errors: writes.reduce((sum, write) => sum + write.errors, 0),
      errorSamples: writes.flatMap((write) => write.errorSamples).slice(0, 5),
      lost,
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      max: Math.round(latencies.at(-1) ?? 0),
    },
  }
}

/** One writer saving back to back until the deadline; remembers the last value the server acknowledged. */
async function writeLoop(base, writer, deadline) {
  const { token } = writer
  const latencies = []
  const errorSamples = []
  let errors = 0
  let lastAcknowledged = null
  for (let n = 1; Date.now() < deadline; n += 1) {
    const value = `${writer.locale} mixed-load ${writer.field} #${n} ${randomBytes(3).toString('hex')}`
    const data = { [writer.field]: value, ...(writer.publish ? { _status: 'published' } : {}) }
    const draft = writer.publish ? '' : '&draft=true'
    const started = performance.now()
    const save = await call(
      base,
      token,
      'PATCH',
      `/api/${writer.collection}/${writer.id}?locale=${writer.locale}${draft}&depth=0`,
      data,
    )
    latencies.push(performance.now() - started)
    if (save.status === 200) lastAcknowledged = value
    else {
      errors += 1
      errorSamples.push(`${save.status} ${JSON.stringify(save.json).slice(0, 200)}`)
    }
    if (writer.publishEvery && n % writer.publishEvery === 0) {
      const started = performance.now()
      const publish = await call(
        base,
        token,
        'POST',
        `/api/translation/publication?locale=${writer.locale}`,
        {
          collection: writer.collection,
          id: writer.id,
          published: true,
        },
      )
      latencies.push(performance.now() - started)
      if (publish.status !== 200) {
        errors += 1
        errorSamples.push(`publish ${publish.status} ${JSON.stringify(publish.json).slice(0, 200)}`)
      }
    }
  }
  return { latencies, errors, errorSamples, lastAcknowledged }
}

/** `readerCount` keep-alive readers, each requesting the pages in turn until time is up. */
async function readLoad(urls, duration) {
  const { requests, errors, rps, p50, p99 } = await loadTest(urls, duration, readerCount)
  return { requests, errors, rps: Math.round(rps), p50: Math.round(p50), p99: Math.round(p99) }
}

function percentile(sorted, q) {
  if (sorted.length === 0) return 0
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))])
}

async function call(base, token, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let json = {}
  try {
    json = text ? JSON.parse(text) : {}
  } catch {
    json = { text }
  }
  return { status: response.status, json }
}

async function login(base, { email, password }) {
  const { status, json } = await call(base, null, 'POST', '/api/users/login', { email, password })
  if (status !== 200) throw new Error(`login ${email}: ${status} ${JSON.stringify(json)}`)
  return json.token
}

async function createUser(base, adminToken, role, locales) {
  const user = {
    email: `bench-${role}-${randomBytes(4).toString('hex')}@example.org`,
    password: randomBytes(12).toString('hex'),
  }
  const { status, json } = await call(base, adminToken, 'POST', '/api/users', {
    ...user,
    roles: [role],
    locales,
  })
  if (status !== 201) throw new Error(`create ${role}: ${status} ${JSON.stringify(json)}`)
  return user
}

function report({ seconds: duration, baseline, readers, writers }) {
  console.log(
    `\nMixed load on PostgreSQL, ${duration} s, ${readerCount} readers + ${writers.count} writers (2 translators on one record)`,
  )
  console.log(
    '| load | requests | req/s | errors | p50 ms | p99 ms | max ms |\n| --- | --- | --- | --- | --- | --- | --- |',
  )
  console.log(
    `| readers alone, static file from next start | ${baseline.requests} | ${baseline.rps} | ${baseline.errors} | ${baseline.p50} | ${baseline.p99} | |`,
  )
  console.log(
    `| readers, public pages, under writes | ${readers.requests} | ${readers.rps} | ${readers.errors} | ${readers.p50} | ${readers.p99} | |`,
  )
  console.log(
    `| writers (saves and publishes) | ${writers.saves} | ${(writers.saves / duration).toFixed(1)} | ${writers.errors} | ${writers.p50} | ${writers.p99} | ${writers.max} |`,
  )
  console.log(`lost writes: ${writers.lost}; errors: ${readers.errors + writers.errors}`)
  console.log(
    `reader p99 under writes / static p99: ${(readers.p99 / Math.max(1, baseline.p99)).toFixed(2)}`,
  )
  for (const sample of writers.errorSamples) console.log(`  writer error: ${sample}`)
  console.log(
    JSON.stringify({
      bench: 'mixed-load',
      database: 'postgres',
      ...{ seconds: duration, baseline, readers, writers },
    }),
  )
}
