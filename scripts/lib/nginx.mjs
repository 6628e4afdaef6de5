// Debian's nginx in front of app instances, configured from the deployment's own template
// (deploy/nginx/cms.conf.template), for the multi-instance tests and the bench. Runs as a child of
// this process in a temporary folder: no system configuration, no root needed.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { endProcess, freePort } from './server.mjs'

const template = path.resolve('deploy/nginx/cms.conf.template')

/** Why nginx cannot run here, or null. */
export function nginxMissing() {
  const probe = spawnSync('nginx', ['-v'], { encoding: 'utf8' })
  return probe.error
    ? `nginx is not installed (${probe.error.message}; apt-get install nginx)`
    : null
}

/** `${NAME}` → value, as the nginx image's envsubst does; nginx's own `$name`s stay. */
function fill(text, values) {
  return text.replace(/\$\{(\w+)\}/g, (match, name) => values[name] ?? match)
}

/**
 * nginx balancing over `upstreams` (base URLs) with the page cache, and with `staticRoot` also a
 * plain static file server (the bench's yardstick). Resolves once both answer.
 */
export async function startNginx({ upstreams, staticRoot = null }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-nginx-'))
  // Run as root, nginx's workers drop to `nobody`: they must reach the cache and temp folders.
  fs.chmodSync(dir, 0o777)
  const [port, staticPort] = [await freePort(), await freePort()]
  const site = fill(fs.readFileSync(template, 'utf8'), {
    NGINX_LISTEN: `127.0.0.1:${port}`,
    NGINX_CACHE_DIR: path.join(dir, 'cache'),
    CMS_UPSTREAM_SERVERS: upstreams.map((url) => `server ${new URL(url).host};`).join(' '),
  })
  fs.writeFileSync(path.join(dir, 'cms.conf'), site)
  const staticServer = staticRoot
    ? `server { listen 127.0.0.1:${staticPort}; root ${staticRoot}; default_type text/html; }`
    : ''
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${path.join(dir, kind)};`)
    .join('\n  ')
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  ${temp}
  include ${path.join(dir, 'cms.conf')};
  ${staticServer}
}
`,
  )
  const child = spawn(
    'nginx',
    ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 10_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited early:\n${output}`)
    const up = await fetch(`${url}/api/users/me`).then(
      () => true,
      () => false,
    )
    if (up) break
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`nginx did not answer within 10 s:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    url,
    staticUrl: staticRoot ? `http://127.0.0.1:${staticPort}` : null,
    stop: async () => {
      // SIGQUIT: nginx's graceful stop.
      await endProcess(child, 'SIGQUIT')
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
