import type { Payload } from 'payload'

import { sourceLocale, type Locale } from '@/i18n/locales'
import { checkText, qaBlocks } from '@/qa/checkText'
import { qaText } from '@/qa/text'
import type { QaFinding, QaGlossaryTerm } from '@/qa/types'

import { describe, loadInAllLocales, translatedCollections, type TranslatedSlug } from './records'
import { storedIn, textsOf, translatableFields, valueAt } from './translatableFields'

export { qaBlocks }

/** The glossary as QA reads it: each Chinese term, its renderings and its forbidden renderings. */
export async function loadQaGlossary(payload: Payload): Promise<QaGlossaryTerm[]> {
  const { docs } = await payload.find({
    collection: 'glossary',
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { term: true, forbidden: true },
  })
  return docs.map((doc) => {
    const renderings = doc.term as unknown as Partial<Record<Locale, string>>
    const forbidden: Partial<Record<Locale, string[]>> = {}
    for (const row of doc.forbidden ?? []) {
      const locale = row.locale as Locale
      ;(forbidden[locale] ??= []).push(row.rendering)
    }
    return { term: renderings[sourceLocale] ?? '', renderings, forbidden }
  })
}

export type QaReport = {
  collection: TranslatedSlug
  id: number | string
  locale: Locale
  /** Whether the errors among the findings block publishing the locale. */
  blocks: boolean
  errors: number
  warnings: number
  findings: QaFinding[]
}

/**
 * The QA findings of one record in one locale: its latest draft, or the draft with `changes`
 * (the values a save or publish is about to write in that locale, as the save's `data` holds
 * them) in their place. Null when the record does not exist.
 */
export async function qaReport(
  payload: Payload,
  {
    collection,
    id,
    locale,
    changes,
    glossary,
  }: {
    collection: TranslatedSlug
    id: number | string
    locale: Locale
    changes?: Record<string, unknown>
    glossary?: readonly QaGlossaryTerm[]
  },
): Promise<QaReport | null> {
  const [doc] = await loadInAllLocales(payload, collection, { ids: [id] })
  if (!doc) return null
  const fields = translatableFields(describe(payload, collection).fields)
  const terms = glossary ?? (await loadQaGlossary(payload))
  const findings: QaFinding[] = []
  for (const field of textsOf(doc, fields)) {
    const values = (valueAt(doc, field.path) ?? {}) as Partial<Record<Locale, unknown>>
    const changed = changes ? valueAt(changes, field.path) : undefined
    const target = changed !== undefined ? changed : values[locale]
    const source = locale === sourceLocale ? target : values[sourceLocale]
    findings.push(
      ...checkText({
        path: field.path,
        locale,
        source: qaText(source),
        target: qaText(target),
        maxLength: field.maxLength,
        glossary: terms,
      }),
    )
  }
  return summarize(collection, id, locale, findings)
}

export function summarize(
  collection: TranslatedSlug,
  id: number | string,
  locale: Locale,
  findings: QaFinding[],
): QaReport {
  const errors = findings.filter((finding) => finding.severity === 'error').length
  return {
    collection,
    id,
    locale,
    blocks: errors > 0,
    errors,
    warnings: findings.length - errors,
    findings,
  }
}

export type QaCounts = { locale: Locale; withErrors: number; withWarnings: number; checked: number }

/**
 * For the dashboard: per locale, how many records' latest drafts have QA errors (their publish
 * would be refused) and how many only warnings. Every translated record is read once, in all
 * locales, with its translatable fields only.
 */
export async function qaCounts(
  payload: Payload,
  locales: readonly Locale[],
  collections: readonly TranslatedSlug[] = translatedCollections,
): Promise<QaCounts[]> {
  const glossary = await loadQaGlossary(payload)
  const counts = locales.map((locale) => ({ locale, withErrors: 0, withWarnings: 0, checked: 0 }))
  for (const collection of collections) {
    const fields = translatableFields(describe(payload, collection).fields)
    const select = Object.fromEntries(fields.map((field) => [storedIn(field), true as const]))
    for (const doc of await loadInAllLocales(payload, collection, { select })) {
      for (const count of counts) {
        const findings = textsOf(doc, fields).flatMap((field) => {
          const values = (valueAt(doc, field.path) ?? {}) as Partial<Record<Locale, unknown>>
          return checkText({
            path: field.path,
            locale: count.locale,
            source: qaText(values[sourceLocale]),
            target: qaText(values[count.locale]),
            maxLength: field.maxLength,
            glossary,
          })
        })
        count.checked += 1
        if (qaBlocks(findings)) count.withErrors += 1
        else if (findings.length > 0) count.withWarnings += 1
      }
    }
  }
  return counts
}
