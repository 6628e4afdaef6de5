// Runs a TypeScript script with `payload run` and tells whether it ran to its end. Payload's CLI
// loads TypeScript through tsx's module hooks, and now and then Node finds its event loop empty
// while that load is still pending and exits with status 0 before the script has done anything
// (measured here: 1 seed in 10, 1 benchmark in 6; payloadcms/payload#17757). A run that exits 0
// without reaching its end is safe to try again, and the callers do.
import { randomUUID } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'

// payload's package exports do not include its bin; find it from the package's main entry.
const payloadMain = createRequire(import.meta.url).resolve('payload')
const payloadBin = path.join(
  payloadMain.slice(0, payloadMain.lastIndexOf(`${path.sep}dist${path.sep}`)),
  'bin.js',
)
const runner = 'scripts/lib/runToEnd.ts'

/** One run: `finished` is false when the process exited without the script reaching its end. */
export function runPayloadScript(script, { env = process.env, timeoutMs = 60 * 60_000 } = {}) {
  const marker = `payload-script-finished-${randomUUID()}`
  const result = spawnSync(process.execPath, [payloadBin, 'run', runner, script], {
    encoding: 'utf8',
    env: { ...env, PAYLOAD_SCRIPT_FINISHED: marker },
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutMs,
  })
  const stdout = result.stdout ?? ''
  return {
    status: result.status,
    signal: result.signal,
    error: result.error,
    finished: result.status === 0 && stdout.includes(marker),
    stdout: stdout.split(marker).join('').trimEnd(),
    stderr: result.stderr ?? '',
  }
}

/** Runs `attempt` until a run finishes or fails for real; a run that vanished is tried again. */
export async function untilFinished(attempt, { times = 3, what = 'the script' } = {}) {
  for (let tries = 1; ; tries += 1) {
    const run = await attempt()
    const vanished = run.status === 0 && !run.finished
    if (!vanished || tries === times) {
      if (vanished)
        run.error = new Error(`${what} exited ${times} times without running to its end`)
      return run
    }
    process.stderr.write(`${what} exited before it ran (payloadcms/payload#17757); trying again\n`)
  }
}
