import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

import { chromiumFlags, chromiumPath } from '../../scripts/lib/chromium.mjs'

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
}

/**
 * One Chromium for the test file that calls this inside its `describe`: started before the tests,
 * closed after them with every page they opened. Each page gets a context of its own (own cookies,
 * own browser language).
 */
export function chromiumPages(): (locale?: string, timezoneId?: string) => Promise<Page> {
  let browser: Browser | undefined
  const contexts: BrowserContext[] = []
  beforeAll(async () => {
    browser = await launchBrowser()
  }, 60_000)
  // Closing Chromium's pages takes seconds while the other suites load both cores.
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()))
    await browser?.close()
  }, 60_000)
  return async (locale = 'en-US', timezoneId?: string) => {
    if (!browser) throw new Error('chromiumPages(): call it inside describe, before the tests run.')
    const context = await browser.newContext({
      locale,
      viewport: { width: 1280, height: 900 },
      // The machine's zone unless a test needs the user's own (a time typed in local time).
      ...(timezoneId ? { timezoneId } : {}),
    })
    contexts.push(context)
    return context.newPage()
  }
}
