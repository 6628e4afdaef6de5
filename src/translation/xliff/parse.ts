import { maxUploadBytes } from '@/domain/uploadLimits'

import { readInput } from './input'
import { ns12, ns20 } from './namespaces'
import { read12 } from './parse12'
import { read20 } from './parse20'
import { type XliffDocument, XliffError } from './types'
import { parseXmlTree } from './xmlTree'

export type ParseOptions = { maxBytes?: number }

const supported =
  'The CMS reads XLIFF 1.2 and 2.0; export the file in one of those from the CAT tool.'

/**
 * Reads an XLIFF 1.2 or 2.0 file returned by a CAT tool. Anything the CMS cannot take safely
 * (hostile XML, another format or version, tags the translation added) is an `XliffError` (400)
 * whose message tells the translator what to fix; nothing is expanded and nothing can hang.
 */
export function parseXliff(
  xml: string | Buffer,
  { maxBytes = maxUploadBytes }: ParseOptions = {},
): XliffDocument {
  const root = parseXmlTree(readInput(xml, maxBytes))
  if (root.name !== 'xliff') {
    throw new XliffError(
      `This is not an XLIFF file: its root element is <${root.name}>, not <xliff>.`,
    )
  }
  const version = root.attrs.get('version')
  if (version === undefined) {
    throw new XliffError(
      `The file does not say which XLIFF version it is (no version on <xliff>). ${supported}`,
    )
  }
  if (version === '1.2' && (root.ns === ns12 || root.ns === null)) return read12(root)
  if (version === '2.0' && (root.ns === ns20 || root.ns === null)) return read20(root)
  if (version === '1.2' || version === '2.0') {
    throw new XliffError(
      `The file says it is XLIFF ${version} but uses the namespace "${root.ns}". ${supported}`,
    )
  }
  throw new XliffError(`XLIFF ${version} is not supported. ${supported}`)
}
