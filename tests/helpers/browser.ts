import { chromium, type Browser } from 'playwright-core'

import { chromiumFlags, chromiumPath } from '../../scripts/lib/chromium.mjs'

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
}
