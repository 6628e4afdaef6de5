import type { PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'

import type { TranslatedSlug } from './records'

export type WrittenRecord = { collection: TranslatedSlug; id: string }

type Listener = (
  req: PayloadRequest,
  locale: Locale,
  records: readonly WrittenRecord[],
) => Promise<void>

const listeners = new Set<Listener>()

/**
 * Who must know when a person's translations are written in bulk. The XLIFF import writes draft
 * versions directly, so no collection hook sees those saves; the review workflow, which builds on
 * this layer (and so cannot be imported by it), registers here to learn who translated what.
 */
export function onTranslationsWritten(listener: Listener): void {
  listeners.add(listener)
}

/** Tells the listeners, in the writer's transaction (`req`), which records got `locale` text. */
export async function translationsWritten(
  req: PayloadRequest,
  locale: Locale,
  records: readonly WrittenRecord[],
): Promise<void> {
  for (const listener of listeners) await listener(req, locale, records)
}
