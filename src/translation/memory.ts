import { sourceLocale, type Locale } from '@/i18n/locales'
import { hasContent } from '@/lib/localized'

import { fingerprint } from './fingerprint'
import type { TranslatableDocuments } from './report'
import { fieldState } from './status'
import { textsOf, valueAt } from './translatableFields'

export type MemoryMatch = { value: unknown; from: string }

/**
 * Exact-match translation memory: every current translation keyed by the fingerprint of the source
 * it was made from. A source text translated before, anywhere in the CMS, is offered again.
 */
export function buildMemory(
  loaded: readonly TranslatableDocuments[],
  locale: Locale,
): Map<string, MemoryMatch> {
  const memory = new Map<string, MemoryMatch>()
  if (locale === sourceLocale) return memory
  for (const { collection, fields, docs } of loaded) {
    for (const doc of docs) {
      for (const field of textsOf(doc, fields)) {
        if (fieldState(doc, field, locale) !== 'complete') continue
        const values = valueAt(doc, field.path) as Partial<Record<Locale, unknown>> | undefined
        const print = fingerprint(values?.[sourceLocale])
        if (!print || !hasContent(values?.[locale]) || memory.has(print)) continue
        memory.set(print, {
          value: values?.[locale],
          from: `${collection}/${doc.id}/${field.path}`,
        })
      }
    }
  }
  return memory
}
