// A minimal static file server for the benchmark's baseline: one file, served from memory with
// gzip (as nginx with gzip_static would), keep-alive, ETag.
import { createHash } from 'node:crypto'
import http from 'node:http'
import { gzipSync } from 'node:zlib'

process.once('message', ({ html }) => {
  const body = Buffer.from(html)
  const gzipped = gzipSync(body)
  const etag = `"${createHash('sha1').update(body).digest('hex')}"`
  const server = http.createServer((request, response) => {
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      etag,
      'cache-control': 'public, max-age=0, must-revalidate',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
      'content-length': (gzip ? gzipped : body).length,
    })
    response.end(gzip ? gzipped : body)
  })
  server.keepAliveTimeout = 5000
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }))
  process.once('SIGTERM', () => server.close(() => process.exit(0)))
})
