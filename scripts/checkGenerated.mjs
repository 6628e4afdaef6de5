// CI: the generated files are what the code generates now. payload-types.ts and the admin's import
// map are regenerated and compared with the committed ones, and a collection change without its
// migration is found for both SQL dialects.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const generated = ['src/payload-types.ts', 'src/app/(payload)/admin/importMap.js']

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env } })
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
    process.exit(1)
  }
  return result.stdout
}

run('npx', ['payload', 'generate:types'])
run('npx', ['payload', 'generate:importmap'])
const changed = run('git', ['status', '--porcelain', '--', ...generated]).trim()
if (changed) {
  console.error(
    `Generated files are out of date (run npm run generate:types / generate:importmap and commit):\n${changed}`,
  )
  process.exit(1)
}
// A pending migration: migrate:create (which does not connect) writes one only if the collections
// differ from the last migration's schema snapshot. Whatever it writes is removed again here.
for (const databaseUri of ['file:./data/check.db', 'postgres://check@127.0.0.1:5432/check']) {
  run('npx', ['payload', 'migrate:create', 'pending_check', '--skip-empty'], {
    DATABASE_URI: databaseUri,
    PAYLOAD_MIGRATING: 'true',
  })
}
const pending = run('git', [
  'status',
  '--porcelain',
  '--untracked-files=all',
  '--',
  'src/migrations',
])
  .split('\n')
  .filter((line) => line.startsWith('??'))
  .map((line) => line.slice(3))
if (pending.length > 0) {
  for (const file of pending) fs.rmSync(file, { force: true })
  console.error(
    `The collections changed without a migration (run npm run migrate:create -- <name> and commit):\n${pending.join('\n')}`,
  )
  process.exit(1)
}
console.log('Generated files and migrations are current.')
