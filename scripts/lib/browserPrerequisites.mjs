// The browser tests need Debian's Chromium and a CJK font (Chinese pages render as boxes without
// one, and the screenshots and axe checks then test nothing real). `npm test` makes sure both are
// there before anything slow starts: it installs them with apt-get when it may (root, apt present),
// and otherwise stops at once with the exact command to run, rather than failing 13 browser tests
// after minutes of building and testing.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

import { chromiumPath } from './chromium.mjs'

const cjkFontPattern = /noto sans cjk|wenquanyi|wqy/i

function hasCjkFont() {
  const list = spawnSync('fc-list', [], { encoding: 'utf8' })
  return list.status === 0 && cjkFontPattern.test(list.stdout)
}

/** Debian packages still missing for the browser tests. */
export function missingBrowserPackages() {
  const missing = []
  if (!fs.existsSync(chromiumPath)) missing.push('chromium')
  if (!hasCjkFont()) missing.push('fonts-noto-cjk')
  return missing
}

/**
 * Installs what is missing, or returns the command a person must run. Null when all is there.
 * @returns {string | null}
 */
export function ensureBrowserPackages({ log = console.log } = {}) {
  const missing = missingBrowserPackages()
  if (missing.length === 0) return null
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`
  const mayInstall =
    process.getuid?.() === 0 &&
    spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
  if (!mayInstall) return `sudo ${command}`
  log(`Installing ${missing.join(' ')} for the browser tests (${command})…`)
  const install = spawnSync('sh', ['-c', command], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (install.status !== 0 || missingBrowserPackages().length > 0) return command
  return null
}
