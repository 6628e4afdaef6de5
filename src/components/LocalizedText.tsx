import { RichText as PayloadRichText } from '@payloadcms/richtext-lexical/react'
import type { ElementType, ReactNode } from 'react'

import { bcp47, type Locale } from '@/i18n/locales'
import type { RichText, Shown } from '@/lib/localized'

import { richTextConverters } from './richTextConverters'

/**
 * Text from the CMS. When it comes from a fallback locale it carries that language's `lang`, so
 * screen readers switch voice and browsers pick the right fonts and hyphenation.
 */
export function LocalizedText({
  shown,
  locale,
  as: Tag = 'span',
  className,
  children,
}: {
  shown: Shown<string>
  locale: Locale
  as?: ElementType
  className?: string
  children?: ReactNode
}) {
  const lang = shown.lang === locale ? undefined : bcp47[shown.lang]
  return (
    <Tag lang={lang} className={className}>
      {shown.value}
      {children}
    </Tag>
  )
}

/** A plain-text field of several paragraphs (separated by a blank line), each its own <p>. */
export function Paragraphs({ shown, locale }: { shown: Shown<string>; locale: Locale }) {
  const paragraphs = shown.value.split(/\n\s*\n/).map((text) => text.trim())
  return (
    <>
      {paragraphs
        .filter((text) => text !== '')
        .map((text, index) => (
          <LocalizedText key={index} as="p" shown={{ ...shown, value: text }} locale={locale} />
        ))}
    </>
  )
}

export function LocalizedRichText({
  shown,
  locale,
  className,
}: {
  shown: Shown<RichText>
  locale: Locale
  className?: string
}) {
  return (
    <div
      lang={shown.lang === locale ? undefined : bcp47[shown.lang]}
      className={className ?? 'prose'}
    >
      <PayloadRichText data={shown.value} converters={richTextConverters} disableContainer />
    </div>
  )
}
