import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'

import type { DraftWrite } from './draftWrites'
import { isTranslatedGlobal, translatedRecordId } from './records'
import { dataWithTexts } from './translatableFields'

/**
 * Translations of records without drafts (key figures, site settings, media, the glossary), inside
 * the caller's transaction. Each is the ordinary update in the target locale, made as the importing
 * user with their access (`overrideAccess: false`): the same rules as a save in the admin decide
 * what a translator may write, and a refusal rolls the whole import back. The source fingerprints
 * the import checked are handed to the save, which records them.
 */
export async function saveLiveTranslations(
  req: PayloadRequest,
  locale: Locale,
  writes: readonly DraftWrite[],
): Promise<void> {
  const { payload, user } = req
  for (const write of writes) {
    // Read in the target locale without fallback: the data sent back is that locale's own.
    const read = { locale, fallbackLocale: false, depth: 0, overrideAccess: true } as const
    const save = (current: unknown) => ({
      locale,
      depth: 0,
      data: dataWithTexts(current as Record<string, unknown>, write.data) as never,
      user,
      overrideAccess: false,
      context: { sourceFingerprints: write.prints },
      req,
    })
    if (isTranslatedGlobal(write.collection)) {
      const slug = write.collection
      const current = await payload.findGlobal({ slug, ...read, req: { ...req } })
      await payload.updateGlobal({ slug, ...save(current) })
      continue
    }
    const collection = write.collection as CollectionSlug
    const id = translatedRecordId(payload, collection, write.id)!
    const current = await payload.findByID({ collection, id, ...read, req: { ...req } })
    await payload.update({ collection, id, ...save(current) })
  }
}
