import type { Field, TextField, TextareaField, UploadField } from 'payload'

import { label, type Label } from './label'
import { safeLinksValidate } from './safeUrl'
import { urlValidate } from './validators'

/**
 * Fields that several collections define alike: each says once what kind of value it holds, which
 * check it needs and whether translators write it, so the collections differ only in names and
 * labels. Each takes `overrides` for what one collection adds.
 */

/** Text each locale writes for itself. */
export const localizedText = (name: string, text: Label, overrides?: Partial<TextField>): Field =>
  ({ name, type: 'text', localized: true, label: label(text), ...overrides }) as TextField

/** A paragraph or two of plain text each locale writes for itself. */
export const localizedTextarea = (
  name: string,
  text: Label,
  overrides?: Partial<TextareaField>,
): Field =>
  ({ name, type: 'textarea', localized: true, label: label(text), ...overrides }) as TextareaField

/** Rich text each locale writes for itself; its links must be safe to show. */
export const localizedRichText = (name: string, text: Label): Field => ({
  name,
  type: 'richText',
  localized: true,
  label: label(text),
  validate: safeLinksValidate,
})

/** A web address shared by every locale. */
export const urlField = (name: string, text: Label): Field => ({
  name,
  type: 'text',
  label: label(text),
  validate: urlValidate,
})

/** An image from the media library, shared by every locale. */
export const imageField = (name: string, text: Label): Field =>
  ({ name, type: 'upload', relationTo: 'media', label: label(text) }) as UploadField

/** The short summary lists and page descriptions show. */
export const summaryField = localizedTextarea('summary', {
  zh: '摘要',
  de: 'Zusammenfassung',
  en: 'Summary',
})

/** The record's full text. */
export const bodyField = localizedRichText('body', { zh: '正文', de: 'Text', en: 'Body' })

/** An organisation's own description. */
export const descriptionField = localizedRichText('description', {
  zh: '简介',
  de: 'Beschreibung',
  en: 'Description',
})

/** An organisation's website. */
export const websiteField = urlField('website', { zh: '网站', de: 'Website', en: 'Website' })

/** The records of another collection a record relates to, shared by every locale. */
const relatedField = (relationTo: 'platforms' | 'enterprises' | 'events', text: Label): Field => ({
  name: relationTo,
  type: 'relationship',
  relationTo,
  hasMany: true,
  label: label(text),
})

export const relatedPlatformsField = relatedField('platforms', {
  zh: '相关平台',
  de: 'Plattformen',
  en: 'Platforms',
})
export const relatedEnterprisesField = relatedField('enterprises', {
  zh: '相关企业',
  de: 'Unternehmen',
  en: 'Enterprises',
})
export const relatedEventsField = relatedField('events', {
  zh: '相关活动',
  de: 'Veranstaltungen',
  en: 'Events',
})
