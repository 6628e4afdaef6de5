// Debian's Chromium, headless and quiet (no background traffic, no component downloads): the one
// browser the e2e tests and the benchmarks use. No browser is ever downloaded.
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium'

export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
