// `npm run bench`, part 4: the deployment of docker-compose.yml's `scale` profile, here with
// `next start` and Debian's nginx: two app instances on one PostgreSQL database sharing Redis,
// nginx in front. Measures with wrk, in one run:
//   - a cached page through nginx, and straight from one instance,
//   - the same page's HTML as a static file served by the same nginx (the yardstick),
// as requests per second and as ratios to the static figure; and how long a publish through one
// instance takes, from its response, to show through the other and through nginx (with where the
// time went, and the machine's load average). Needs a build (`npm run build`),
// nginx, wrk, Redis (REDIS_URL or 127.0.0.1:6379) and PostgreSQL; says what is missing otherwise.
// Prints a report and one JSON line. Not a test: nothing here passes or fails.
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { nginxMissing, startNginx } from '../lib/nginx.mjs'
import { scratchPostgres } from '../lib/postgres.mjs'
import { localRedisUrl as redisUrl, redisMissing } from '../lib/redis.mjs'
import { startServer } from '../lib/server.mjs'

const seconds = Number(process.env.BENCH_SECONDS || 10)
const pagePath = '/de/platforms/german-centre-taicang'

async function missing() {
  if (!fs.existsSync('.next/BUILD_ID')) return 'no build (run `npm run build` first)'
  const nginx = nginxMissing()
  if (nginx) return nginx
  if (spawnSync('wrk', ['--version']).error) return 'wrk is not installed (apt-get install wrk)'
  return redisMissing()
}

/** wrk's requests per second for one URL: two threads, 32 connections, keep-alive. */
function wrk(url) {
  const run = spawnSync('wrk', ['-t2', '-c32', `-d${seconds}s`, '--latency', url], {
    encoding: 'utf8',
  })
  const rate = run.stdout.match(/Requests\/sec:\s+([\d.]+)/)
  const errors = run.stdout.match(/Non-2xx or 3xx responses: (\d+)/)
  if (!rate) throw new Error(`wrk ${url} failed:\n${run.stdout}${run.stderr}`)
  return { rps: Math.round(Number(rate[1])), non2xx: errors ? Number(errors[1]) : 0 }
}

/**
 * Polls `url` every 10 ms from `since` (the moment the publish's response arrived) until the page
 * contains `text`: how long that took (null after 10 s), and where the time went: how many answers
 * were old, the slowest single request (a render of the page anew), nginx's cache status of each
 * answer (STALE/UPDATING: its copy served while it fetches a new one) and when the last old answer
 * came.
 */
async function watch(url, text, since) {
  const trace = { ms: null, oldAnswers: 0, slowestRequestMs: 0, lastOldAtMs: null, cache: {} }
  while (Date.now() - since < 10_000) {
    const sent = Date.now()
    const response = await request(url)
    const body = await response.text()
    trace.slowestRequestMs = Math.max(trace.slowestRequestMs, Date.now() - sent)
    const status = response.headers.get('x-cache-status')
    if (status) trace.cache[status] = (trace.cache[status] ?? 0) + 1
    if (body.includes(text)) {
      trace.ms = Date.now() - since
      return trace
    }
    trace.oldAnswers += 1
    trace.lastOldAtMs = Date.now() - since
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return trace
}

/**
 * fetch, once more on a dropped connection: after wrk's load the first request may land on a
 * pooled keep-alive connection the server has since closed.
 */
async function request(url, init) {
  try {
    return await fetch(url, init)
  } catch {
    return fetch(url, init)
  }
}

const reason = await missing()
if (reason) {
  console.log(`scale-out bench skipped: ${reason}`)
  process.exit(0)
}

const database = await scratchPostgres('benchscale')
const env = {
  DATABASE_URI: database.uri,
  REDIS_URL: redisUrl,
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  TRUST_PROXY: '1',
}
const credentials = { email: 'bench-admin@example.org', password: randomBytes(12).toString('hex') }
const staticRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-static-'))
fs.chmodSync(staticRoot, 0o755)
const stops = []
try {
  const a = await startServer({ purpose: 'bench-a', env, seed: true, admin: credentials })
  stops.push(a.stop)
  const b = await startServer({ purpose: 'bench-b', env })
  stops.push(b.stop)
  // The same HTML as a file, for nginx's static server.
  const html = await (await fetch(a.url + pagePath)).text()
  fs.writeFileSync(path.join(staticRoot, 'page.html'), html)
  fs.chmodSync(path.join(staticRoot, 'page.html'), 0o644)
  const nginx = await startNginx({ upstreams: [a.url, b.url], staticRoot })
  stops.push(nginx.stop)

  // Warm: the page is in Redis and in nginx's cache before the clock starts.
  for (const base of [a.url, b.url, nginx.url]) await fetch(base + pagePath)
  const staticFile = wrk(`${nginx.staticUrl}/page.html`)
  const throughNginx = wrk(nginx.url + pagePath)
  const oneInstance = wrk(a.url + pagePath)

  // A publish through A: how soon B and nginx show it.
  const login = await request(`${a.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  })
  const { token } = await login.json()
  const found = await request(
    `${a.url}/api/platforms?where[slug][equals]=german-centre-taicang&depth=0&locale=de`,
    { headers: { authorization: `JWT ${token}` } },
  )
  const [platform] = (await found.json()).docs
  const renamed = `German Centre Taicang ${Date.now().toString(36)}`
  // Both hold the page before the publish, as after a visit: B in Redis, nginx its 1 s copy.
  await Promise.all([request(b.url + pagePath), request(nginx.url + pagePath)])
  const load = os.loadavg().map((figure) => Math.round(figure * 100) / 100)
  const publishStarted = Date.now()
  const saved = await request(`${a.url}/api/platforms/${platform.id}?locale=de`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ name: renamed, _status: 'published' }),
  })
  // Measured from here: the editor sees "published" when the response arrives.
  const answered = Date.now()
  const saveMs = answered - publishStarted
  if (saved.status !== 200) throw new Error(`The publish answered ${saved.status}`)
  const [onB, viaNginx] = await Promise.all([
    watch(b.url + pagePath, renamed, answered),
    watch(nginx.url + pagePath, renamed, answered),
  ])
  const instanceB = onB.ms
  const nginxMs = viaNginx.ms

  const ratio = (figure) => Math.round((figure.rps / staticFile.rps) * 1000) / 1000
  const result = {
    bench: 'scale-out',
    page: pagePath,
    seconds,
    staticNginxRps: staticFile.rps,
    cachedThroughNginxRps: throughNginx.rps,
    cachedOneInstanceRps: oneInstance.rps,
    ratioThroughNginx: ratio(throughNginx),
    ratioOneInstance: ratio(oneInstance),
    non2xx: throughNginx.non2xx + oneInstance.non2xx,
    publishSaveMs: saveMs,
    publishVisibleOnOtherInstanceMs: instanceB,
    publishVisibleThroughNginxMs: nginxMs,
    publishTraceOtherInstance: onB,
    publishTraceNginx: viaNginx,
    loadAverage: load,
  }
  console.log(`Scale-out (wrk, ${seconds} s each, 32 connections), ${pagePath}:
  static file, nginx        ${staticFile.rps} req/s
  cached page, via nginx    ${throughNginx.rps} req/s  (${result.ratioThroughNginx} × static)
  cached page, 1 instance   ${oneInstance.rps} req/s  (${result.ratioOneInstance} × static)
  publish through A (response after ${saveMs} ms), from its response:
    visible on B after        ${instanceB ?? '>10000'} ms  (${onB.oldAnswers} old answers, slowest request ${onB.slowestRequestMs} ms)
    visible through nginx     ${nginxMs ?? '>10000'} ms  (${viaNginx.oldAnswers} old answers, last at ${viaNginx.lastOldAtMs ?? '-'} ms, slowest ${viaNginx.slowestRequestMs} ms, ${JSON.stringify(viaNginx.cache)})
    load average              ${load.join(' ')}`)
  console.log(JSON.stringify(result))
} finally {
  for (const stop of stops.reverse()) await stop()
  await database.drop()
  fs.rmSync(staticRoot, { recursive: true, force: true })
}
