// `npm run bench`: serves the built app (it builds nothing: run `npm run build` first) on a fresh,
// seeded SQLite database and measures, for the home page, a list and a detail page in zh/de/en:
//   - Lighthouse 13, mobile (its default form factor and simulated throttling), Debian Chromium;
//   - the JavaScript each page makes the browser download, gzip-compressed;
// and the throughput of a cached page against a static file served in the same run by a minimal
// Node static server (nginx is not installed here), as requests per second and their ratio.
// Prints a report; `--json <file>` also writes the figures. Not a test: nothing here passes or fails.
import fs from 'node:fs'
import path from 'node:path'

import { startServer } from '../lib/server.mjs'
import { jsWeight } from './jsWeight.mjs'
import { runLighthouse } from './lighthouse.mjs'
import { loadTest, startStaticServer } from './load.mjs'

const pages = [
  { kind: 'home', path: '' },
  { kind: 'list', path: '/platforms' },
  { kind: 'detail', path: '/platforms/german-centre-taicang' },
]
const locales = ['zh', 'de', 'en']
const jsonOut = process.argv.includes('--json')
  ? process.argv[process.argv.indexOf('--json') + 1]
  : null
const seconds = Number(process.env.BENCH_SECONDS || 10)

if (!fs.existsSync('.next/BUILD_ID')) {
  console.error('No build found: run `npm run build` first (the benchmark measures the built app).')
  process.exit(1)
}

console.log('Starting the built app on a seeded database…')
const server = await startServer({ purpose: 'bench', seed: true })
const results = { lighthouse: [], javascript: [], throughput: null }
try {
  const urls = locales.flatMap((locale) =>
    pages.map((page) => ({ ...page, locale, url: `${server.url}/${locale}${page.path}` })),
  )
  // First visits render and cache the pages; the measurements see what every later visitor gets.
  for (const { url } of urls) await fetch(url).then((response) => response.text())

  console.log('Weighing each page’s JavaScript…')
  for (const page of urls)
    results.javascript.push({
      locale: page.locale,
      kind: page.kind,
      path: `/${page.locale}${page.path}`,
      ...(await jsWeight(page.url)),
    })

  console.log('Running Lighthouse (mobile) on each page…')
  results.lighthouse = await runLighthouse(urls)

  console.log(`Measuring requests per second (${seconds} s each)…`)
  const cachedUrl = `${server.url}/de/platforms/german-centre-taicang`
  const html = await fetch(cachedUrl).then((response) => response.text())
  const staticServer = await startStaticServer(html)
  try {
    // Warm both (JIT, connection pools) before measuring.
    await loadTest(cachedUrl, 3)
    await loadTest(staticServer.url, 3)
    const cached = await loadTest(cachedUrl, seconds)
    const baseline = await loadTest(staticServer.url, seconds)
    results.throughput = {
      page: '/de/platforms/german-centre-taicang',
      cached,
      baseline,
      ratio: cached.rps / baseline.rps,
    }
  } finally {
    await staticServer.stop()
  }
} finally {
  await server.stop()
}

report(results)
if (jsonOut) {
  fs.mkdirSync(path.dirname(path.resolve(jsonOut)), { recursive: true })
  fs.writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`)
}

function report({ lighthouse, javascript, throughput }) {
  console.log('\nLighthouse 13, mobile (performance / accessibility / best practices / SEO)')
  console.log('| page | zh | de | en |\n| --- | --- | --- | --- |')
  for (const { kind, path: pagePath } of pages) {
    const cells = locales.map((locale) => {
      const run = lighthouse.find((item) => item.locale === locale && item.kind === kind)
      return run
        ? `${run.performance} / ${run.accessibility} / ${run.bestPractices} / ${run.seo}`
        : '–'
    })
    console.log(`| ${kind} (\`${pagePath || '/'}\`) | ${cells.join(' | ')} |`)
  }
  console.log(
    '\nJavaScript per page, KB gzip (script files / inline scripts / total; JSON-LD excluded)',
  )
  console.log('| page | zh | de | en |\n| --- | --- | --- | --- |')
  for (const { kind } of pages) {
    const cells = locales.map((locale) => {
      const weight = javascript.find((item) => item.locale === locale && item.kind === kind)
      return `${weight.externalKb} / ${weight.inlineKb} / ${weight.totalKb}`
    })
    console.log(`| ${kind} | ${cells.join(' | ')} |`)
  }
  if (throughput) {
    const { cached, baseline, ratio } = throughput
    console.log(`\nThroughput (${seconds} s, ${cached.connections} connections, keep-alive)`)
    console.log(`| server | req/s | p50 ms | p99 ms |\n| --- | --- | --- | --- |`)
    console.log(
      `| next start, cached page ${throughput.page} | ${cached.rps.toFixed(0)} | ${cached.p50} | ${cached.p99} |`,
    )
    console.log(
      `| Node static file server, same HTML | ${baseline.rps.toFixed(0)} | ${baseline.p50} | ${baseline.p99} |`,
    )
    console.log(`ratio cached / static: ${ratio.toFixed(2)}`)
  }
}
