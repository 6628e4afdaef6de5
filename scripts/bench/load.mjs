import { fork } from 'node:child_process'
import http from 'node:http'
import { fileURLToPath } from 'node:url'

/**
 * The baseline: a minimal Node HTTP server (in its own process, like `next start`) that serves
 * one HTML file's bytes with the headers a static server sends. It is what serving a prebuilt
 * file costs on this machine, without caching layers or routing.
 */
export async function startStaticServer(html) {
  const child = fork(fileURLToPath(new URL('./staticServer.mjs', import.meta.url)), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  child.send({ html })
  const port = await new Promise((resolve) =>
    child.once('message', (message) => resolve(message.port)),
  )
  return {
    url: `http://127.0.0.1:${port}/page.html`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve)
        child.kill('SIGTERM')
      }),
  }
}

/**
 * Closed-loop load: `connections` keep-alive clients requesting back to back for `seconds`. Given
 * several URLs, each client takes them in turn, starting at its own.
 */
export async function loadTest(urls, seconds, connections = 32) {
  const targets = [urls].flat()
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const latencies = []
  let errors = 0
  const deadline = Date.now() + seconds * 1000
  const once = (url) =>
    new Promise((resolve) => {
      const started = performance.now()
      const request = http.get(
        url,
        { agent, headers: { 'accept-encoding': 'gzip' } },
        (response) => {
          response.resume()
          response.on('end', () => {
            if (response.statusCode !== 200) errors += 1
            latencies.push(performance.now() - started)
            resolve()
          })
        },
      )
      request.on('error', () => {
        errors += 1
        resolve()
      })
    })
  const started = Date.now()
  await Promise.all(
    Array.from({ length: connections }, async (_, client) => {
      for (let n = client; Date.now() < deadline; n += 1) await once(targets[n % targets.length])
    }),
  )
  const elapsed = (Date.now() - started) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const at = (q) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 10) /
    10
  return {
    requests: latencies.length,
    errors,
    connections,
    rps: latencies.length / elapsed,
    p50: at(0.5),
    p99: at(0.99),
  }
}
