// `npm run seed`: loads the source article into the database DATABASE_URI names (scripts/seedDatabase.ts),
// run again should Payload's CLI vanish before it ran (see lib/payloadScript.mjs).
import { runPayloadScript, untilFinished } from './lib/payloadScript.mjs'

const run = await untilFinished(() => runPayloadScript('scripts/seedDatabase.ts'), {
  what: 'The seed',
})
process.stdout.write(run.stdout ? `${run.stdout}\n` : '')
process.stderr.write(run.stderr)
if (!run.finished) {
  process.stderr.write(`The seed failed${run.error ? `: ${run.error.message}` : ''}.\n`)
  process.exit(run.status || 1)
}
