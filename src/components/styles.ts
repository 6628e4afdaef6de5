/**
 * The public site's stylesheet, src/components/site.css, minified by Lightning CSS
 * (siteStyles.mjs). Pages are route handlers, which cannot import .css files, and the sheet is
 * inlined into every page's <head> (its CSP hash is computed from this very string, Document.tsx):
 * next.config.mjs minifies it once per build and hands it over as SITE_STYLES, which Next writes
 * into the compiled pages; jest.config.mjs does the same for the tests.
 */
export const siteStyles: string = process.env.SITE_STYLES ?? stylesMissing()

function stylesMissing(): never {
  throw new Error(
    'SITE_STYLES is not set: next.config.mjs (or jest.config.mjs) builds it from site.css.',
  )
}
