import type { Inline, PairedCode, UnitText } from '@/translation/xliff'
import { escapeText } from '@/translation/xliff/xmlText'
import { parseXmlTree, type XmlNode } from '@/translation/xliff/xmlTree'

import { ProviderError } from './provider'

/**
 * A unit's text as the XML a provider translates with tag handling on: each formatting code is a
 * short tag around the words it covers (the service moves it with them), a link is `<a n="…">`
 * numbering the source's link so its target never passes through the service, a line break is
 * `<br/>`.
 */
type PairedNode = Extract<Inline, { children: Inline[] }>

export type Markup = { xml: string; links: PairedNode[] }

const tags: Record<Exclude<PairedCode, 'link'>, string> = {
  bold: 'b',
  italic: 'i',
  underline: 'u',
  strikethrough: 's',
  code: 'code',
  sub: 'sub',
  sup: 'sup',
}
const codesByTag = new Map(Object.entries(tags).map(([code, tag]) => [tag, code as PairedCode]))

export function toMarkup(text: UnitText): Markup {
  const links: Markup['links'] = []
  const write = (items: UnitText): string =>
    items
      .map((item) => {
        if (typeof item === 'string') return escapeText(item)
        if (item.code === 'br') return '<br/>'
        if (item.code === 'link') {
          links.push(item)
          return `<a n="${links.length - 1}">${write(item.children)}</a>`
        }
        const tag = tags[item.code]
        return `<${tag}>${write(item.children)}</${tag}>`
      })
      .join('')
  return { xml: write(text), links }
}

/** The provider's translation of `markup` back as unit text, with the source's links. */
export function fromMarkup(translated: string, markup: Markup): UnitText {
  let root
  try {
    root = parseXmlTree(`<m>${translated}</m>`)
  } catch {
    throw new ProviderError(`The translation service returned broken markup: ${translated}`)
  }
  const read = (nodes: XmlNode[]): UnitText =>
    nodes.map((node): Inline => {
      if (node.kind === 'text') return node.text
      if (node.name === 'br') return { code: 'br' }
      if (node.name === 'a') {
        const source = markup.links[Number(node.attrs.get('n'))]
        if (!source) throw new ProviderError(`The translation service invented a link.`)
        return { ...source, children: read(node.children) }
      }
      const code = codesByTag.get(node.name)
      if (!code) throw new ProviderError(`The translation service added a <${node.name}> tag.`)
      return { code, children: read(node.children) } as Inline
    })
  return read(root.children)
}
