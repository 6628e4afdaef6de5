// Serves the built app with `npm start` on a free port and a fresh SQLite database, for tests and
// benchmarks that need the real thing over HTTP. With `seed`, the database first gets the source
// article (`npm run seed`) and, if given, an administrator, so the public site has its content.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { runPayloadScript, untilFinished } from './payloadScript.mjs'

// Ports handed out by this process. Two servers started at once could otherwise be given the same
// just-released port; the second then fails to bind while its readiness check is answered by the
// first, and its tests run against the wrong database.
const handedOut = new Set()

export async function freePort() {
  for (;;) {
    const port = await new Promise((resolve, reject) => {
      const probe = net.createServer()
      probe.once('error', reject)
      probe.listen(0, '127.0.0.1', () => {
        const { port } = probe.address()
        probe.close(() => resolve(port))
      })
    })
    if (!handedOut.has(port)) {
      handedOut.add(port)
      return port
    }
  }
}

/** `npm run seed` against the server's database, before the server starts. */
async function seedDatabase(serverEnv, admin) {
  const env = {
    ...serverEnv,
    // `test` keeps Payload from regenerating payload-types.ts while it runs.
    NODE_ENV: 'test',
    ...(admin ? { SEED_ADMIN_EMAIL: admin.email, SEED_ADMIN_PASSWORD: admin.password } : {}),
  }
  // The seed is idempotent: a run that vanished before it ran is simply run again.
  const run = await untilFinished(() => runPayloadScript('scripts/seedDatabase.ts', { env }), {
    what: 'Seeding the test database',
  })
  if (!run.finished)
    throw new Error(
      `Seeding the test database failed${run.error ? `: ${run.error.message}` : ''}:\n${run.stdout}\n${run.stderr}`,
    )
}

/** The processes below `pid`, children first. */
function descendantsOf(pid) {
  const children = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
    .stdout.split('\n')
    .map((line) => Number(line.trim()))
    .filter((child) => child > 0)
  return children.flatMap((child) => [...descendantsOf(child), child])
}

/**
 * @param {{ purpose: string, env?: Record<string, string>, seed?: boolean,
 *   admin?: { email: string, password: string } | null }} options
 */
export async function startServer({ purpose, env = {}, seed = false, admin = null }) {
  const port = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cms-${purpose}-`))
  const url = `http://127.0.0.1:${port}`
  const serverEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    NEXT_PUBLIC_SERVER_URL: url,
    ...env,
  }
  if (seed) await seedDatabase(serverEnv, admin)
  const child = spawn(
    process.execPath,
    ['scripts/start.mjs', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: serverEnv,
    },
  )
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))

  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited early:\n${output}`)
    try {
      const response = await fetch(`${url}/api/users/me`)
      if (response.status < 500) break
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  if (Date.now() >= deadline) {
    child.kill('SIGKILL')
    throw new Error(`The server did not answer within 120 s:\n${output}`)
  }

  return {
    url,
    output: () => output,
    /** Ends the server at once, as a crashed or killed instance ends: no shutdown, no cleanup. */
    kill: async () => {
      if (hasEnded(child)) return
      const exited = new Promise((resolve) => child.on('exit', resolve))
      // scripts/start.mjs is a wrapper: the Next server (and whatever it forked) are below it.
      for (const pid of [...descendantsOf(child.pid), child.pid]) {
        try {
          process.kill(pid, 'SIGKILL')
        } catch {
          // already gone
        }
      }
      await exited
    },
    stop: async () => {
      await endProcess(child, 'SIGTERM')
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Exited, or ended by a signal (then `exitCode` stays null). */
const hasEnded = (child) => child.exitCode !== null || child.signalCode !== null

/** Asks a child process to end with `signal`, and kills it if it has not within 5 s. */
export async function endProcess(child, signal) {
  if (hasEnded(child)) return
  const exited = new Promise((resolve) => child.on('exit', resolve))
  child.kill(signal)
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
  await exited
  clearTimeout(timer)
}
