import type { Payload } from 'payload'

import { isLocale } from '@/i18n/locales'
import { translatedCollections, type TranslatedSlug } from '@/translation/records'
import { sourcesBeside } from '@/translation/sourceBeside'

import type { WorkflowMailInput } from './sendWorkflowMailTask'

/**
 * For a source change: one line per changed field, `field: old → new` in the source language (the
 * translation's source as found in the record's history, as the translator's form shows it). Read
 * when the mail is sent, so a record changed again since shows its latest text. Other events: none.
 */
export async function sourceDiffLines(
  payload: Payload,
  input: WorkflowMailInput,
): Promise<string[] | undefined> {
  if (input.event !== 'sourceChanged') return undefined
  const data = input.data as {
    collection: string
    recordId: string
    locale: string
    fields: string[]
  }
  const collection = translatedCollections.find((slug) => slug === data.collection)
  if (!collection || !isLocale(data.locale)) return undefined
  const sources = await sourcesBeside(payload, {
    collection: collection as TranslatedSlug,
    id: data.recordId,
    locale: data.locale,
  }).catch(() => null)
  // The record is gone: the field names still say what changed.
  if (!sources) return undefined
  return data.fields.map((field) => {
    const entry = sources[field]
    if (!entry) return field
    return entry.previousSource === undefined
      ? `${field}: ${entry.source}`
      : `${field}: ${entry.previousSource} → ${entry.source}`
  })
}
