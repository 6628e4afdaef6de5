// `npm start`: refuse to serve production without a real PAYLOAD_SECRET, then hand over to Next.
// The check runs here, before Next boots, because Payload itself reads its config only on the
// first request: without this a server with a forged-session risk would look healthy.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'

import { secretProblem } from '../src/config/secret.ts'

const problem = secretProblem(process.env.PAYLOAD_SECRET)
if (problem) {
  process.stderr.write(
    `${problem} Refusing to start in production: set PAYLOAD_SECRET to a long random value, e.g. \`openssl rand -hex 32\`.\n`,
  )
  process.exit(1)
}

// This Node (22, from the `node` dev dependency under npm) runs Next too, whatever is on PATH.
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
const next = spawn(process.execPath, [nextBin, 'start', ...process.argv.slice(2)], {
  stdio: 'inherit',
})
next.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => next.kill(signal))
