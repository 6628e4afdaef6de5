// `npm test`: unit tests, integration tests on fresh SQLite and PostgreSQL databases, HTTP tests
// against the built app served by `next start`, and browser (e2e) tests in Chromium against it.
// Ends with one line `N passed, N failed`. Arguments go to jest (`npm test -- tests/unit`); the app
// is built and served only when the HTTP or e2e tests are among those selected.
//
// Two servers run: one on an empty database for the API tests (they register the first user), and
// one seeded with the article and an administrator for the public site's HTTP and e2e tests.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { ensureBrowserPackages } from './lib/browserPrerequisites.mjs'
import { dropDatabasesStartingWith, postgresServerUrl } from './lib/postgres.mjs'
import { startServer } from './lib/server.mjs'

const args = process.argv.slice(2)
const resolveBin = (specifier) => createRequire(import.meta.url).resolve(specifier)
const ci = process.env.CI === 'true'
const runId = Date.now().toString(36)
const env = { ...process.env, NODE_ENV: 'test', TEST_RUN_ID: runId }

process.on('uncaughtException', (error) => {
  console.error(error)
  finish(0, 1)
})
process.on('unhandledRejection', (error) => {
  console.error(error)
  finish(0, 1)
})

function finish(passed, failed, skipped) {
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
  process.exit(failed > 0 ? 1 : 0)
}

// PostgreSQL: reachable, or skipped with the reason; never silently skipped in CI.
try {
  const client = new pg.Client({
    connectionString: postgresServerUrl(),
    connectionTimeoutMillis: 3000,
  })
  await client.connect()
  await client.end()
} catch (error) {
  const reason = `PostgreSQL at ${postgresServerUrl()} is unreachable (${error.message})`
  if (ci) {
    console.error(`${reason}; CI=true requires it.`)
    finish(0, 1)
  }
  console.warn(`${reason}: the PostgreSQL tests are skipped.`)
  env.POSTGRES_UNAVAILABLE = reason
}

const wantsServer =
  args.length === 0 || args.some((arg) => arg.includes('http') || arg.includes('e2e'))
const wantsBrowser = args.length === 0 || args.some((arg) => arg.includes('e2e'))
// Before anything slow: the browser tests cannot run without Chromium and a CJK font.
if (wantsBrowser) {
  const command = ensureBrowserPackages()
  if (command) {
    console.error(
      `The browser tests need Chromium and a CJK font. Run:\n\n  ${command}\n\nthen \`npm test\` again.`,
    )
    finish(0, 1)
  }
}
const servers = []
if (wantsServer) {
  buildIfStale()
  const admin = { email: 'site-admin@example.org', password: randomBytes(12).toString('hex') }
  try {
    const [api, site] = await Promise.all([
      startServer({ purpose: 'http-tests' }),
      startServer({ purpose: 'site-tests', seed: true, admin }),
    ])
    servers.push(api, site)
    Object.assign(env, {
      TEST_BASE_URL: api.url,
      SITE_BASE_URL: site.url,
      SITE_ADMIN_EMAIL: admin.email,
      SITE_ADMIN_PASSWORD: admin.password,
    })
  } catch (error) {
    console.error(error)
    await Promise.all(servers.map((server) => server.stop()))
    finish(0, 1)
  }
}

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jest-')), 'report.json')
const jest = spawn(
  process.execPath,
  [
    resolveBin('jest/bin/jest'),
    '--json',
    `--outputFile=${report}`,
    '--forceExit',
    ...args,
    ...projectSelection(),
  ],
  {
    stdio: 'inherit',
    env: { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() },
  },
)
const code = await new Promise((resolve) => jest.on('exit', (exitCode) => resolve(exitCode ?? 1)))
await Promise.all(servers.map((server) => server.stop()))
if (!env.POSTGRES_UNAVAILABLE) await dropDatabasesStartingWith(`cms_t${runId}_`)

if (!fs.existsSync(report)) {
  console.error(`jest exited with ${code} before writing its report.`)
  finish(0, 1)
}
const result = JSON.parse(fs.readFileSync(report, 'utf8'))
// A test file that fails to load counts as a failure even though it ran no test.
const brokenSuites = result.testResults.filter(
  (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
).length
finish(
  result.numPassedTests,
  result.numFailedTests + brokenSuites,
  result.numPendingTests + result.numTodoTests,
)

/**
 * Without a served app, only the projects that need none. After the arguments: `--selectProjects`
 * takes every word that follows it, and would swallow a test path given after it.
 */
function projectSelection() {
  if (wantsServer || args.includes('--selectProjects')) return []
  return ['--selectProjects', 'unit', 'int:sqlite', 'int:postgres']
}

/** `next build` when there is no build or a source file is newer than it. */
function buildIfStale() {
  const buildId = '.next/BUILD_ID'
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0
  const newer = (dir) =>
    fs.existsSync(dir) &&
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .some(
        (entry) =>
          entry.isFile() && fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs > builtAt,
      )
  const stale =
    builtAt === 0 ||
    ['src', 'collections', 'locales'].some(newer) ||
    ['package.json', 'next.config.mjs'].some((file) => fs.statSync(file).mtimeMs > builtAt)
  if (!stale) return
  console.log('Building the app for the HTTP tests (next build)…')
  const build = spawnSync(process.execPath, [resolveBin('next/dist/bin/next'), 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (build.status !== 0) {
    console.error('next build failed.')
    finish(0, 1)
  }
}
