import { gzipSync } from 'node:zlib'

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10

/**
 * What a page makes the browser run: every `<script src>` (gzip) and every inline script (an App
 * Router page would embed its React Server Components payload here). JSON-LD is data, not code;
 * polyfills marked `nomodule` are never downloaded by current browsers. Both are left out.
 */
export async function jsWeight(url) {
  const html = await fetch(url).then((response) => response.text())
  const tags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
  const external = [
    ...new Set(
      tags
        .map(([, attrs]) => attrs.match(/\ssrc="([^"]+)"/)?.[1])
        .filter((src, index) => src && !/nomodule/i.test(tags[index][1])),
    ),
  ]
  let externalBytes = 0
  for (const src of external) {
    const body = Buffer.from(
      await fetch(new URL(src, url)).then((response) => response.arrayBuffer()),
    )
    externalBytes += gzipSync(body, { level: 9 }).length
  }
  const inline = tags
    .filter(([, attrs]) => !/\ssrc=/.test(attrs) && !/application\/ld\+json/.test(attrs))
    .map(([, , body]) => body)
    .join('\n')
  const inlineBytes = inline ? gzipSync(Buffer.from(inline), { level: 9 }).length : 0
  return {
    scripts: external.length,
    externalKb: kb(externalBytes),
    inlineKb: kb(inlineBytes),
    totalKb: kb(externalBytes + inlineBytes),
    htmlKb: kb(gzipSync(Buffer.from(html), { level: 9 }).length),
  }
}
