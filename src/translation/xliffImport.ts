import type { PayloadRequest } from 'payload'

import { canEditLocale } from '@/access/canEditLocale'
import { recordAudit } from '@/audit/record'
import { inOneTransaction } from '@/db/oneTransaction'
import { ClientError } from '@/http/clientError'
import { sourceLocale, type Locale } from '@/i18n/locales'
import { checkText } from '@/qa/checkText'
import { withMessages, type QaFindingWithMessage } from '@/qa/messages'
import { qaText } from '@/qa/text'
import type { QaFinding } from '@/qa/types'

import { fingerprint, isPrintOf, sourcePrint } from './fingerprint'
import { translationsWritten } from './writeListeners'
import { localeFromTag } from './languageTags'
import { saveTranslationDrafts, type DraftWrite } from './draftWrites'
import { saveLiveTranslations } from './liveWrites'
import { loadQaGlossary } from './qa'
import { qaTranslate } from './qaGate'
import {
  describe,
  loadInAllLocales,
  translatedCollections,
  translatedRecordId,
  type TranslatedSlug,
} from './records'
import {
  storedIn,
  textsOf,
  translatableFields,
  valueAt,
  type TranslatableField,
} from './translatableFields'
import {
  applyUnitsToRichText,
  parseXliff,
  richTextToUnits,
  unitToText,
  XliffError,
  type TranslationUnit,
  type UnitText,
} from './xliff'

export type ImportSummary = {
  locale: Locale
  updated: number
  unchanged: number
  conflicts: { unit: string; message: string }[]
  errors: { unit?: string; message: string }[]
  /**
   * The QA findings of the imported translations (path `collection/id/field`). They do not stop
   * the import, which saves drafts; their errors block publishing the locale until fixed.
   */
  qa: { errors: number; warnings: number; findings: QaFindingWithMessage[] }
}

type FieldGroup = { collection: string; docId: string; fieldPath: string; units: TranslationUnit[] }

function groupByField(units: readonly TranslationUnit[]): FieldGroup[] {
  const groups = new Map<string, FieldGroup>()
  for (const unit of units) {
    const key = `${unit.collection}/${unit.docId}/${unit.fieldPath}`
    const group = groups.get(key) ?? {
      collection: unit.collection,
      docId: unit.docId,
      fieldPath: unit.fieldPath,
      units: [],
    }
    group.units.push(unit)
    groups.set(key, group)
  }
  return [...groups.values()]
}

function blockPath(unit: TranslationUnit): string {
  const hash = unit.id.indexOf('#')
  return hash === -1 ? '' : unit.id.slice(hash)
}

function hasWords(text: UnitText | null): text is UnitText {
  return (
    !!text &&
    text.some((item) =>
      typeof item === 'string'
        ? item.trim() !== ''
        : 'children' in item
          ? hasWords(item.children)
          : false,
    )
  )
}

/**
 * Reads an XLIFF file and writes its translations as drafts of the target locale, all or nothing:
 * every unit is checked first (language, permission, record, field, unchanged source), and only
 * when no unit has an error are the changes written, in one transaction. A unit whose source
 * changed since export is a conflict: reported, not applied.
 */
export async function importXliff(
  req: PayloadRequest,
  xml: string | Buffer,
): Promise<ImportSummary> {
  const document = parseXliff(xml)
  const locale = localeFromTag(document.targetLanguage)
  if (!locale) {
    throw new ClientError(
      400,
      `The file's target language "${document.targetLanguage}" is not one of this CMS's languages.`,
    )
  }
  if (localeFromTag(document.sourceLanguage) !== sourceLocale) {
    throw new ClientError(
      400,
      `The file's source language must be Chinese (${sourceLocale}); it is "${document.sourceLanguage}".`,
    )
  }
  if (locale === sourceLocale)
    throw new ClientError(400, 'The target language is the source language.')
  if (!canEditLocale(req.user, locale)) {
    throw new ClientError(403, `You may not write ${locale} translations.`)
  }

  const summary: ImportSummary = {
    locale,
    updated: 0,
    unchanged: 0,
    conflicts: [],
    errors: [],
    qa: { errors: 0, warnings: 0, findings: [] },
  }
  const groups = groupByField(document.units)
  const docs = await loadTargets(req, groups)
  const glossary = groups.length > 0 ? await loadQaGlossary(req.payload) : []
  const findings: QaFinding[] = []
  const writes = new Map<string, DraftWrite>()

  for (const group of groups) {
    const fail = (message: string) =>
      group.units.forEach((unit) => summary.errors.push({ unit: unit.id, message }))
    const fields = docs.fields.get(group.collection)
    if (!fields) {
      fail(`"${group.collection}" is not a translated collection.`)
      continue
    }
    const doc = docs.byId.get(`${group.collection}/${group.docId}`)
    if (!doc) {
      fail(`Record ${group.collection}/${group.docId} does not exist.`)
      continue
    }
    const field = textsOf(doc, fields).find((candidate) => candidate.path === group.fieldPath)
    if (!field) {
      fail(`"${group.fieldPath}" is not a translatable field of ${group.collection}.`)
      continue
    }
    const values = (valueAt(doc, field.path) ?? {}) as Partial<Record<Locale, unknown>>
    // A file exported before formatting stopped counting carries the older print: still current.
    const stale = group.units.filter(
      (unit) => !isPrintOf(unit.sourceFingerprint, values[sourceLocale]),
    )
    const currentPrint = sourcePrint(values[sourceLocale])
    if (stale.length > 0) {
      for (const unit of group.units) {
        summary.conflicts.push({
          unit: unit.id,
          message: 'The Chinese source changed after this file was exported; export again.',
        })
      }
      continue
    }
    if (!group.units.some((unit) => hasWords(unit.target))) {
      summary.unchanged += group.units.length
      continue
    }
    try {
      const value = translatedValue(field, values[sourceLocale], group.units)
      if (fingerprint(value) === fingerprint(values[locale])) {
        summary.unchanged += group.units.length
        continue
      }
      // What this import changes is checked; the gate checks every text again at publishing.
      findings.push(
        ...checkText({
          path: `${group.collection}/${group.docId}/${field.path}`,
          locale,
          source: qaText(values[sourceLocale]),
          target: qaText(value),
          maxLength: field.maxLength,
          glossary,
        }),
      )
      const key = `${group.collection}/${group.docId}`
      const write = writes.get(key) ?? {
        collection: group.collection as TranslatedSlug,
        id: group.docId,
        data: {},
        prints: {},
      }
      write.data[field.path] = value
      write.prints[field.path] = currentPrint as string
      writes.set(key, write)
      summary.updated += group.units.length
    } catch (error) {
      if (!(error instanceof XliffError)) throw error
      fail(error.message)
    }
  }

  summary.qa = {
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
    findings: withMessages(findings, qaTranslate(req)),
  }
  if (summary.errors.length > 0 || writes.size === 0) {
    return { ...summary, updated: summary.errors.length > 0 ? 0 : summary.updated }
  }
  const written = [...writes.values()]
  await writeAll(req, locale, written, {
    action: 'import-xliff',
    detail: {
      units: { updated: summary.updated, unchanged: summary.unchanged },
      conflicts: summary.conflicts.length,
    },
    // The importing person translated these: the review workflow keeps them from approving them.
    alsoWrite: () => translationsWritten(req, locale, written),
  })
  return summary
}

function translatedValue(
  field: TranslatableField,
  source: unknown,
  units: TranslationUnit[],
): unknown {
  if (field.kind !== 'richText') {
    const [unit] = units
    if (units.length !== 1 || !unit)
      throw new XliffError(`a plain-text field takes exactly one unit`, units[0]?.id)
    if (!hasWords(unit.target)) throw new XliffError('the translation is empty', unit.id)
    return unitToText(unit.target, unit.id)
  }
  const expected = new Set(richTextToUnits(source as never).map((unit) => unit.path))
  const translations = new Map<string, UnitText>()
  for (const unit of units) {
    const path = blockPath(unit)
    if (!expected.has(path))
      throw new XliffError('this block is not in the current source', unit.id)
    if (!hasWords(unit.target)) throw new XliffError('the translation is empty', unit.id)
    translations.set(path, unit.target)
  }
  return applyUnitsToRichText(source as never, translations)
}

async function loadTargets(req: PayloadRequest, groups: FieldGroup[]) {
  const fields = new Map<string, TranslatableField[]>()
  const byId = new Map<string, Record<string, unknown>>()
  const wanted = new Map<TranslatedSlug, Set<number | string>>()
  const translated = (slug: string): slug is TranslatedSlug =>
    (translatedCollections as string[]).includes(slug)
  for (const collection of translatedCollections)
    fields.set(collection, translatableFields(describe(req.payload, collection).fields))
  for (const group of groups) {
    if (!translated(group.collection)) continue
    // An id no record can have is not looked up: its units are reported as not existing.
    const id = translatedRecordId(req.payload, group.collection, group.docId)
    if (id === null) continue
    const ids = wanted.get(group.collection) ?? new Set()
    ids.add(id)
    wanted.set(group.collection, ids)
  }
  for (const [collection, ids] of wanted) {
    const select = Object.fromEntries(
      fields.get(collection)!.map((field) => [storedIn(field), true as const]),
    )
    const docs = await loadInAllLocales(req.payload, collection, { select, ids: [...ids] })
    for (const doc of docs) byId.set(`${collection}/${doc.id}`, doc)
  }
  return { fields, byId }
}

/**
 * All writes in one transaction: any failure leaves every record as it was. Records with drafts
 * get the bulk draft write; those without (globals, media, glossary) their ordinary save. The
 * audit trail gets one entry for the import, with its counts, in the same transaction; the saves
 * inside it record none of their own.
 */
export async function writeAll(
  req: PayloadRequest,
  locale: Locale,
  writes: DraftWrite[],
  batch: {
    action: 'import-xliff' | 'machine-translate'
    detail: Record<string, unknown>
    /** More writes that belong to the batch, in its transaction. */
    alsoWrite?: () => Promise<void>
  },
): Promise<void> {
  const drafts = (write: DraftWrite) => describe(req.payload, write.collection).hasDrafts
  const collections = [...new Set(writes.map((write) => write.collection))].sort()
  await inOneTransaction(req, async () => {
    // The saves inside record nothing of their own: the batch is one audit entry.
    req.context.auditBatch = batch.action
    await saveTranslationDrafts(req, locale, writes.filter(drafts))
    await saveLiveTranslations(
      req,
      locale,
      writes.filter((write) => !drafts(write)),
    )
    delete req.context.auditBatch
    await recordAudit(req, {
      action: batch.action,
      collection: collections.length === 1 ? collections[0] : null,
      locale,
      detail: { records: writes.length, collections, ...batch.detail },
    })
    await batch.alsoWrite?.()
  })
}
