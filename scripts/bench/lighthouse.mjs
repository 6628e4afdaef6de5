import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { chromiumFlags, chromiumPath } from '../lib/chromium.mjs'

/** Lighthouse's default run (mobile, simulated throttling) on each URL, one Chromium for all. */
export async function runLighthouse(urls) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: chromiumFlags,
  })
  const results = []
  try {
    for (const page of urls) {
      const runnerResult = await lighthouse(page.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      })
      const { categories, audits } = runnerResult.lhr
      const score = (id) => Math.round((categories[id]?.score ?? 0) * 100)
      results.push({
        locale: page.locale,
        kind: page.kind,
        url: page.url,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcpMs: Math.round(audits['first-contentful-paint']?.numericValue ?? 0),
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
        tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
        cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
        failing: Object.values(categories)
          .flatMap((category) => category.auditRefs)
          .filter(
            (ref) => ref.weight > 0 && audits[ref.id]?.score !== null && audits[ref.id]?.score < 1,
          )
          .map((ref) => ref.id),
      })
    }
  } finally {
    await chrome.kill()
  }
  return results
}
