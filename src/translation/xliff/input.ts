import { XliffError } from './types'

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`
}

/**
 * Turns an upload into text that is safe to hand to an XML parser: within the size limit, decoded
 * by its BOM or XML declaration, line ends normalised (XML 1.0 §2.11: CAT tools on Windows write
 * CRLF) and free of DTDs.
 */
export function readInput(input: string | Uint8Array, maxBytes: number): string {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength
  if (bytes > maxBytes) {
    throw new XliffError(
      `The file is ${size(bytes)}; the limit is ${size(maxBytes)}. Export fewer documents per file.`,
    )
  }
  const text = (typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decode(input)).replace(
    /\r\n?/g,
    '\n',
  )
  if (text.trim() === '') throw new XliffError('The file is empty.')
  // Refused before parsing, wherever they appear: a DTD is how entity expansion attacks (billion
  // laughs) and external entities (XXE) get in, and no CAT tool needs one in XLIFF.
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    throw new XliffError(
      'The file contains a DOCTYPE or ENTITY declaration. XLIFF files never need one, and they can be used to attack the server, so the file was rejected. Export it again from the CAT tool.',
    )
  }
  if (!text.trimStart().startsWith('<')) {
    throw new XliffError('This is not an XLIFF file: it is not XML.')
  }
  return text
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return strict('utf-8', bytes.subarray(3))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict('utf-16le', bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict('utf-16be', bytes.subarray(2))
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1')
  const declared = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]
  return strict(declared ?? 'utf-8', bytes)
}

function strict(encoding: string, bytes: Uint8Array): string {
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(encoding, { fatal: true })
  } catch {
    throw new XliffError(
      `The file declares the encoding "${encoding}", which is not supported. Save it as UTF-8.`,
    )
  }
  try {
    return decoder.decode(bytes)
  } catch {
    throw new XliffError(`The file is not valid ${encoding} text. Save it as UTF-8 and try again.`)
  }
}
