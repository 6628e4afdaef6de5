import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { XliffError } from './types'
import { decodeEntities } from './xmlText'

export const xmlNamespace = 'http://www.w3.org/XML/1998/namespace'

export type XmlText = { kind: 'text'; text: string }

/**
 * An element with its namespace resolved, so `<xlf:target>` and `<target>` in the XLIFF namespace
 * are the same thing. Attributes without a prefix are keyed by name, the others by `{uri}name`.
 * `preserve` is the `xml:space` in force, inherited from the ancestors.
 */
export type XmlElement = {
  kind: 'element'
  ns: string | null
  name: string
  attrs: Map<string, string>
  children: XmlNode[]
  preserve: boolean
}

export type XmlNode = XmlText | XmlElement

// The DTD check in readInput runs first; processEntities: false is the second lock, so even a
// DTD that slipped through would never be expanded. Values stay strings, whitespace stays as written
// (mixed content), and nesting is capped so a hostile file cannot exhaust the stack.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 100,
})

type RawNode = Record<string, unknown>

export function parseXmlTree(text: string): XmlElement {
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    const { line, col, msg } = valid.err
    throw new XliffError(
      `The file is not well-formed XML (line ${line}, column ${col}: ${msg.replace(/\.$/, '')}). It may be damaged or not an XLIFF file.`,
    )
  }
  let raw: RawNode[]
  try {
    raw = parser.parse(text) as RawNode[]
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    if (/nested/i.test(reason)) {
      throw new XliffError(
        'The file nests elements more than 100 levels deep, which no XLIFF file needs.',
      )
    }
    throw new XliffError(`The file could not be read as XML (${reason.replace(/\.$/, '')}).`)
  }
  const top = raw.map((node) => toNode(node, new Map([['xml', xmlNamespace]]), false))
  const root = top.find((node): node is XmlElement => node?.kind === 'element')
  if (!root) throw new XliffError('This is not an XLIFF file: it has no root element.')
  return root
}

function toNode(raw: RawNode, scope: Map<string, string>, preserve: boolean): XmlNode | null {
  const tag = Object.keys(raw).find((key) => key !== ':@')
  if (tag === undefined) return null
  if (tag === '#text') return { kind: 'text', text: decodeEntities(String(raw[tag])) }
  // CDATA is literal: no entity decoding
  if (tag === '#cdata') return { kind: 'text', text: cdataText(raw[tag]) }
  const rawAttrs = (raw[':@'] ?? {}) as Record<string, string>
  const inner = new Map(scope)
  for (const [name, value] of Object.entries(rawAttrs)) {
    if (name === 'xmlns') inner.set('', value)
    else if (name.startsWith('xmlns:')) inner.set(name.slice(6), value)
  }
  const attrs = new Map<string, string>()
  for (const [name, value] of Object.entries(rawAttrs)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue
    const colon = name.indexOf(':')
    // XML attribute-value normalisation (§3.3.3): literal tabs and newlines read as spaces
    const decoded = decodeEntities(String(value).replace(/[\t\n]/g, ' '))
    if (colon < 0) attrs.set(name, decoded)
    else attrs.set(`{${resolve(inner, name.slice(0, colon))}}${name.slice(colon + 1)}`, decoded)
  }
  const space = attrs.get(`{${xmlNamespace}}space`)
  const keep = space === 'preserve' ? true : space === 'default' ? false : preserve
  const colon = tag.indexOf(':')
  const element: XmlElement = {
    kind: 'element',
    ns: colon < 0 ? (inner.get('') ?? null) : resolve(inner, tag.slice(0, colon)),
    name: colon < 0 ? tag : tag.slice(colon + 1),
    attrs,
    children: [],
    preserve: keep,
  }
  for (const child of (raw[tag] ?? []) as RawNode[]) {
    const node = toNode(child, inner, keep)
    if (node) element.children.push(node)
  }
  return element
}

function resolve(scope: Map<string, string>, prefix: string): string {
  return scope.get(prefix) ?? `urn:x-undeclared-prefix:${prefix}`
}

function cdataText(value: unknown): string {
  return ((value ?? []) as RawNode[]).map((part) => String(part['#text'] ?? '')).join('')
}

export function childElements(element: XmlElement, ns: string | null, name?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement =>
      child.kind === 'element' && child.ns === ns && (name === undefined || child.name === name),
  )
}

export function firstChild(
  element: XmlElement,
  ns: string | null,
  name: string,
): XmlElement | undefined {
  return childElements(element, ns, name)[0]
}

/** All text inside an element, markup dropped: for notes, glossary terms and metadata. */
export function textContent(element: XmlElement): string {
  return element.children
    .map((child) => (child.kind === 'text' ? child.text : textContent(child)))
    .join('')
}
