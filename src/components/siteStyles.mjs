// The public site's stylesheet (site.css beside this file), minified by Lightning CSS. Plain
// JavaScript because next.config.mjs runs it at build time (and jest.config.mjs for the tests):
// the result reaches the pages as process.env.SITE_STYLES, fixed into the build.
import { readFileSync } from 'node:fs'

import { transform } from 'lightningcss'

/** site.css, minified: no browser targets, so nothing is rewritten or prefixed, only shortened. */
export function minifiedSiteStyles() {
  const file = new URL('./site.css', import.meta.url)
  const { code, warnings } = transform({
    filename: 'site.css',
    code: readFileSync(file),
    minify: true,
  })
  if (warnings.length > 0)
    throw new Error(`site.css: ${warnings.map((warning) => warning.message).join('; ')}`)
  return code.toString('utf8')
}
