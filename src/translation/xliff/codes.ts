import type { PairedCode } from './types'

/**
 * XLIFF 1.2 `ctype` for each code. `bold`, `italic`, `underlined`, `link` and `lb` are the values
 * the 1.2 spec defines (note `underlined`); the rest have no standard value, so they take the
 * `x-` prefix the spec reserves for user-defined types.
 */
export const ctype12: Record<PairedCode, string> = {
  bold: 'bold',
  italic: 'italic',
  underline: 'underlined',
  strikethrough: 'x-strikethrough',
  code: 'x-code',
  link: 'link',
  sub: 'x-sub',
  sup: 'x-sup',
}

export const lineBreakCtype12 = 'lb'

// Spellings other tools use for the same thing.
const ctype12Aliases: Record<string, PairedCode> = { underline: 'underline', 'x-link': 'link' }

export function codeFromCtype12(ctype: string | undefined): PairedCode | undefined {
  if (ctype === undefined) return undefined
  const entry = Object.entries(ctype12).find(([, value]) => value === ctype)
  return (entry?.[0] as PairedCode | undefined) ?? ctype12Aliases[ctype]
}

/**
 * XLIFF 2.0 `subType` for formatting codes (`type="fmt"`). The spec registers only `xlf:b`,
 * `xlf:i`, `xlf:u` and `xlf:lb`, and reserves the `xlf:` prefix, so our own values take a `cms:`
 * prefix (subType is `prefix:value`, the prefix naming who defines it). Links are `type="link"`.
 */
export const subType20: Record<Exclude<PairedCode, 'link'>, string> = {
  bold: 'xlf:b',
  italic: 'xlf:i',
  underline: 'xlf:u',
  strikethrough: 'cms:strikethrough',
  code: 'cms:code',
  sub: 'cms:sub',
  sup: 'cms:sup',
}

export const lineBreakSubType20 = 'xlf:lb'

export function codeFromType20(
  type: string | undefined,
  subType: string | undefined,
): PairedCode | undefined {
  if (type === 'link') return 'link'
  if (type !== 'fmt' || subType === undefined) return undefined
  const entry = Object.entries(subType20).find(([, value]) => value === subType)
  return entry?.[0] as PairedCode | undefined
}

export const knownCodesForHumans =
  'bold, italic, underline, strikethrough, code, link, subscript, superscript and line break'
