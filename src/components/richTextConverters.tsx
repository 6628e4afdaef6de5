import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { JSXConverter, JSXConverters } from '@payloadcms/richtext-lexical/react'
import { defaultJSXConverters } from '@payloadcms/richtext-lexical/react'

import { isSafeHref } from '@/fields/safeUrl'

type LinkNode = SerializedLinkNode | SerializedAutoLinkNode

/**
 * Links as Payload's converter writes them, except that a link whose target is not safe
 * (`javascript:`, `data:`, … — see src/fields/safeUrl.ts) is shown as its text, without `href`.
 * Saving refuses such links; this covers whatever is stored anyway.
 */
const link = (fallback: JSXConverter<LinkNode> | undefined): JSXConverter<LinkNode> =>
  function SafeLink(args) {
    const { node, nodesToJSX } = args
    if (node.fields.linkType === 'internal')
      return typeof fallback === 'function' ? fallback(args) : fallback
    const children = nodesToJSX({ nodes: node.children })
    if (!isSafeHref(node.fields.url)) return <span>{children}</span>
    const newTab = node.fields.newTab === true
    return (
      <a
        href={node.fields.url}
        rel={newTab ? 'noopener noreferrer' : undefined}
        target={newTab ? '_blank' : undefined}
      >
        {children}
      </a>
    )
  }

export const richTextConverters: JSXConverters = {
  ...defaultJSXConverters,
  link: link(defaultJSXConverters.link as JSXConverter<LinkNode>),
  autolink: link(defaultJSXConverters.autolink as JSXConverter<LinkNode>),
}
