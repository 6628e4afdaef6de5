import { XliffError } from './types'

/**
 * Characters XML 1.0 cannot carry at all, not even as `&#…;`. Word pastes U+000B for a manual line
 * break, so they do occur in CMS text.
 */
const forbiddenChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const textEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
}
const attrEscapes: Record<string, string> = {
  ...textEscapes,
  '"': '&quot;',
  '\n': '&#10;',
  '\t': '&#9;',
}

/**
 * Element text. `>` is escaped too so `]]>` can never appear; `\r` as a reference because a
 * literal one is turned into `\n` by every XML reader.
 */
export function escapeText(text: string): string {
  return clean(text).replace(/[&<>\r]/g, (char) => textEscapes[char] ?? char)
}

/** Attribute values: also quotes, and newlines and tabs, which readers would turn into spaces. */
export function escapeAttr(value: string): string {
  return clean(value).replace(/[&<>"\r\n\t]/g, (char) => attrEscapes[char] ?? char)
}

/** Text split around forbidden characters: odd indexes hold one forbidden character each. */
export function splitForbidden(text: string): string[] {
  return text.split(new RegExp(`(${forbiddenChar.source})`))
}

function clean(text: string): string {
  return text.replace(forbiddenChar, '').replace(loneSurrogate, '\uFFFD')
}

const predefined: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/**
 * Resolves the five predefined entities and character references. The parser is told not to touch
 * entities, so this is the only expansion that ever happens: one reference, at most one
 * character. Anything else would need a DTD, and DTDs are refused.
 */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw
  return raw.replace(
    /&(?:#x([0-9a-fA-F]{1,8})|#([0-9]{1,10})|([A-Za-z_][\w.-]*));/g,
    (match, hex?: string, dec?: string, name?: string) => {
      if (name !== undefined) {
        const char = predefined[name]
        if (char === undefined) {
          throw new XliffError(
            `The file uses the entity "${match}", which XLIFF does not define. Export it again from the CAT tool as plain XLIFF.`,
          )
        }
        return char
      }
      const point = hex !== undefined ? parseInt(hex, 16) : Number(dec)
      if (point < 1 || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) {
        throw new XliffError(`The file contains the invalid character reference "${match}".`)
      }
      return String.fromCodePoint(point)
    },
  )
}
