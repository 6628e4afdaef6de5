import type { RichTextFieldValidation } from 'payload'
import { richText } from 'payload/shared'

import { say } from './validators'

/**
 * Which link targets the site may carry: web pages (http, https), mail and phone addresses, and
 * its own pages (a path from the root, a fragment or a query). Everything else — `javascript:`,
 * `data:`, `vbscript:`, a protocol-relative `//host` — is refused when saved and shown as plain
 * text if one is stored anyway (old data, a draft, a direct database write).
 *
 * An allow-list, checked on the URL the way a browser reads it: browsers drop leading and trailing
 * control characters and spaces and every tab and line break inside (WHATWG URL), so
 * ` java\tscript:` is `javascript:`. A value that starts with neither an allowed scheme nor a site
 * path is refused as a whole, which also covers character references (`javascript&colon;…`,
 * `&#106;avascript:…`) whatever an HTML renderer would make of them.
 */
const allowedSchemes = new Set(['http', 'https', 'mailto', 'tel'])

export function isSafeHref(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const url = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  if (url === '') return false
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase()
  if (scheme !== undefined) {
    if (!allowedSchemes.has(scheme)) return false
    if (scheme === 'mailto' || scheme === 'tel') return url.length > scheme.length + 1
    return URL.canParse(url)
  }
  // A site path, but not `//host` or `/\host`, which browsers read as another host.
  if (url.startsWith('/')) return !/^\/[/\\]/.test(url)
  return url.startsWith('#') || url.startsWith('?')
}

type Node = { type?: unknown; fields?: unknown; children?: unknown }

/**
 * The first link in a Lexical document whose target is not safe, or null. Internal links point at
 * a document, not a URL. Walked with an explicit stack: a document may nest deeper than the call
 * stack allows.
 */
export function unsafeLinkIn(state: unknown): string | null {
  const root = (state as { root?: unknown } | null | undefined)?.root
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as Node | null | undefined
    if (!node || typeof node !== 'object') continue
    if (node.type === 'link' || node.type === 'autolink') {
      const fields = (node.fields ?? {}) as { url?: unknown; linkType?: unknown }
      if (fields.linkType !== 'internal' && !isSafeHref(fields.url))
        return typeof fields.url === 'string' ? fields.url : String(fields.url)
    }
    if (Array.isArray(node.children)) for (const child of node.children) stack.push(child)
  }
  return null
}

/**
 * A richText field's `validate`: its links must be safe, then the editor's own validation (the
 * default this replaces) runs as before.
 */
export const safeLinksValidate: RichTextFieldValidation = async (value, options) => {
  const unsafe = unsafeLinkIn(value)
  if (unsafe !== null) {
    const shown = JSON.stringify(unsafe.length > 60 ? `${unsafe.slice(0, 60)}…` : unsafe)
    return say(options.req, {
      zh: `链接只能指向 http(s)、mailto: 或 tel: 地址或本站页面，不允许 ${shown}。`,
      de: `Links dürfen nur auf http(s)-, mailto:- oder tel:-Adressen oder Seiten dieser Website zeigen, nicht auf ${shown}.`,
      en: `Links may point only to http(s), mailto: or tel: addresses or to pages of this site, not to ${shown}.`,
    })
  }
  return richText(value, options)
}
