import type {
  Access,
  CollectionAfterReadHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  Field,
  PayloadRequest,
  RequestContext,
  Where,
} from 'payload'

import { isStaffUser } from '@/access/roles'
import { label } from '@/fields/label'
import { fallbackChains, isLocale, locales, type Locale } from '@/i18n/locales'
import { hasContent } from '@/lib/localized'

import { translatableFields } from './translatableFields'

/**
 * Per-locale publishing, owned here rather than left to Payload's experimental localized status
 * (payloadcms/payload#14672, #15651, #17443). Every publish is narrowed to one locale with Payload's
 * `publishSpecificLocale`, which copies only that locale's draft into the published document, and
 * marks the locale in the localized `published` flag. The public reads a locale only where it is
 * flagged; elsewhere its fallback chain applies, over published locales only.
 */
export const publishedFieldName = 'published'

/**
 * The content lists show this column rather than Payload's status: after a per-locale publish the
 * latest version is a draft snapshot, so Payload's status reads "draft" for every published record.
 */
export const publishedField: Field = {
  name: publishedFieldName,
  type: 'checkbox',
  localized: true,
  defaultValue: false,
  label: label({
    zh: '本语言已发布',
    de: 'In dieser Sprache veröffentlicht',
    en: 'Published in this language',
  }),
  admin: {
    position: 'sidebar',
    readOnly: true,
    components: { Cell: '/components/admin/PublishedCell#PublishedCell' },
  },
}

/**
 * Turns every publish into a publish of the request's locale. Editors and translators alike publish
 * one language at a time; publishing German never publishes an English draft.
 */
export const publishOneLocaleAtATime: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'update' && operation !== 'create') return args
  const data = args.data as Record<string, unknown> | undefined
  if (!data || data._status !== 'published' || args.draft) return args
  const locale = (args.publishSpecificLocale as string | undefined) ?? req.locale
  if (!isLocale(locale)) return args
  req.context.publishLocale = locale
  // Only the single-document update knows `publishSpecificLocale`; a bulk publish keeps Payload's
  // behaviour, and the flags still hide every locale it did not mark.
  if (operation === 'update' && (args as { id?: unknown }).id !== undefined) {
    return { ...args, publishSpecificLocale: locale }
  }
  return args
}

/** Sets the flag of the locale being published (or unpublished); drops whatever a client sent. */
export const recordPublication: CollectionBeforeChangeHook = ({ data: incoming, req, context }) => {
  const { [publishedFieldName]: _ignored, ...data } = incoming
  const { publishLocale, unpublishLocale } = context
  if (unpublishLocale && unpublishLocale === req.locale)
    return { ...data, [publishedFieldName]: false }
  if (publishLocale && publishLocale === req.locale && data._status === 'published') {
    return { ...data, [publishedFieldName]: true }
  }
  return data
}

/** The locales a reader of `locale` may be shown, in order: their own, then its fallback chain. */
export function readingOrder(locale: Locale, fallback: boolean): Locale[] {
  return fallback ? [locale, ...fallbackChains[locale]] : [locale]
}

function requestLocale(req: PayloadRequest): Locale | null {
  return isLocale(req.locale) ? req.locale : null
}

function fallbackWanted(req: PayloadRequest): boolean {
  const fallback = req.fallbackLocale as unknown
  return !(fallback === false || fallback === 'false' || fallback === 'none' || fallback === 'null')
}

/**
 * Public reads: published records that have a published locale the reader can be shown. Staff
 * read everything, drafts included.
 */
export const publishedInReadersLocale: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  const locale = requestLocale(req)
  const candidates = locale ? readingOrder(locale, fallbackWanted(req)) : [...locales]
  const where: Where = {
    and: [
      { _status: { equals: 'published' } },
      { or: candidates.map((code) => ({ [`${publishedFieldName}.${code}`]: { equals: true } })) },
    ],
  }
  return where
}

/**
 * Payload fills a field from the fallback chain without asking whether those locales are
 * published. For a public read in which some locale of the chain is unpublished, rebuild each
 * localized field from the published locales only. Fully published records cost nothing extra.
 */
export function showPublishedLocalesOnly(fields: () => readonly Field[]): CollectionAfterReadHook {
  return async ({ doc, req, collection, overrideAccess }) => {
    if (overrideAccess || isStaffUser(req.user) || req.context.skipLocaleGate) return doc
    // The flags are the workflow's, not the public's: used here, then left out of the answer.
    const { [publishedFieldName]: _flags, ...publicDoc } = await publishedLocalesOf(
      doc,
      fields,
      req,
      collection.slug as CollectionSlug,
    )
    return publicDoc
  }
}

/**
 * The stored published document's `paths` in every locale, read past the locale gate (this is the
 * gate's own read) in the request's transaction, on a copy of the request so that its locale stays.
 */
async function publishedInAllLocales(
  req: PayloadRequest,
  collection: CollectionSlug,
  doc: Record<string, unknown>,
  paths: readonly string[],
): Promise<Record<string, unknown>> {
  const stored = await req.payload.findByID({
    collection,
    id: doc.id as number | string,
    locale: 'all',
    depth: 0,
    draft: false,
    overrideAccess: true,
    select: Object.fromEntries(paths.map((path) => [path, true])),
    context: { skipLocaleGate: true },
    req: { ...req },
  })
  return { ...stored }
}

async function publishedLocalesOf(
  doc: Record<string, unknown>,
  fields: () => readonly Field[],
  req: PayloadRequest,
  collection: CollectionSlug,
): Promise<Record<string, unknown>> {
  if (req.locale === 'all') return withoutUnpublishedLocales(doc, fields, req, collection)
  const locale = requestLocale(req)
  if (!locale) return doc
  const order = readingOrder(locale, fallbackWanted(req))
  const all = await publishedInAllLocales(req, collection, doc, [
    publishedFieldName,
    ...translatableFields(fields()).map((field) => field.path),
  ])
  const flags = all[publishedFieldName] as Partial<Record<Locale, boolean>> | undefined
  const published = order.filter((code) => flags?.[code])
  if (published.length === order.length) return doc
  const result: Record<string, unknown> = { ...doc }
  for (const { path } of translatableFields(fields())) {
    const values = all[path] as Partial<Record<Locale, unknown>> | undefined
    const source = published.find((code) => hasContent(values?.[code]))
    result[path] = source ? values?.[source] : null
  }
  return result
}

/**
 * The public (published) document of a record in the request's locale, no fallback, whatever the
 * request's user may read: what the save hooks compare a save against. Null when there is none.
 */
export async function readPublicDocument(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  select?: Record<string, true>,
): Promise<Record<string, unknown> | null> {
  return (await req.payload.findByID({
    collection,
    id,
    draft: false,
    depth: 0,
    locale: req.locale ?? undefined,
    fallbackLocale: false,
    disableErrors: true,
    overrideAccess: true,
    ...(select ? { select } : {}),
    context: { skipLocaleGate: true },
    // A copy: the Local API would set its locale options on the request being handled.
    req: { ...req },
  })) as Record<string, unknown> | null
}

/**
 * Publishes or withdraws one locale of one record, as `user` (their access rules apply). Withdrawing
 * keeps the text, so republishing needs no re-translation; readers of that locale see its fallback.
 * Only the system's own jobs (an event withdrawn after it ends, as its editor chose) pass
 * `overrideAccess`.
 */
export async function setLocalePublished(
  req: Pick<PayloadRequest, 'payload' | 'user'>,
  {
    collection,
    id,
    locale,
    published,
    overrideAccess = false,
    via,
  }: {
    collection: CollectionSlug
    id: number | string
    locale: Locale
    published: boolean
    overrideAccess?: boolean
    /** What made it happen when no person pressed the button, for the audit trail. */
    via?: RequestContext['auditVia']
  },
) {
  return req.payload.update({
    collection,
    id,
    locale,
    publishSpecificLocale: locale,
    data: { _status: 'published' } as never,
    context: {
      ...(published ? {} : { unpublishLocale: locale }),
      ...(via ? { auditVia: via } : {}),
    },
    user: req.user,
    overrideAccess,
    depth: 0,
  })
}

/**
 * A public read of every locale at once (the site reads so, to know which locale supplied each
 * field): the text of each unpublished locale is blanked, so no reader, and no fallback, sees it.
 */
async function withoutUnpublishedLocales(
  doc: Record<string, unknown>,
  fields: () => readonly Field[],
  req: PayloadRequest,
  collection: CollectionSlug,
): Promise<Record<string, unknown>> {
  let flags = doc[publishedFieldName] as Partial<Record<Locale, boolean>> | undefined
  if (!flags || typeof flags !== 'object') {
    const stored = await publishedInAllLocales(req, collection, doc, [publishedFieldName])
    flags = (stored[publishedFieldName] ?? {}) as Partial<Record<Locale, boolean>>
  }
  const result: Record<string, unknown> = { ...doc }
  for (const { path } of translatableFields(fields())) {
    const values = doc[path]
    if (!values || typeof values !== 'object') continue
    result[path] = Object.fromEntries(
      Object.entries(values as Record<string, unknown>).map(([code, value]) => [
        code,
        flags?.[code as Locale] ? value : null,
      ]),
    )
  }
  return result
}
