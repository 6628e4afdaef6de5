import type { CollectionSlug, PayloadRequest } from 'payload'

import { publishedFieldName } from '@/translation/publishing'
import type { DocumentInAllLocales } from '@/translation/status'

/** The latest draft of one record in every locale, as stored, in the caller's transaction. */
export async function draftInAllLocales(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<DocumentInAllLocales | null> {
  const docs = await req.payload.find({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    locale: 'all',
    draft: true,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    // A copy: the Local API sets its locale on the request it is given (the transaction is kept).
    req: { ...req },
  })
  return (docs.docs[0] as unknown as DocumentInAllLocales | undefined) ?? null
}

/** The locales of one record that the public sees now. */
export async function liveLocales(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<ReadonlySet<string>> {
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    locale: 'all',
    draft: false,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    select: { [publishedFieldName]: true },
    context: { skipLocaleGate: true },
    req: { ...req },
  })
  const flags = (docs[0] as Record<string, unknown> | undefined)?.[publishedFieldName] as
    Record<string, boolean | null> | null | undefined
  return new Set(Object.keys(flags ?? {}).filter((code) => flags?.[code]))
}
