import type { Payload } from 'payload'

import { sourceLocale, type Locale } from '@/i18n/locales'

import type { GlossaryEntry } from './xliff'

export type GlossaryTerm = {
  term: string
  renderings: Partial<Record<Locale, string>>
  notes?: string
}

/** The whole glossary, every locale: small (tens of terms), read once per export. */
export async function loadGlossary(payload: Payload): Promise<GlossaryTerm[]> {
  const { docs } = await payload.find({
    collection: 'glossary',
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((doc) => {
    const term = doc.term as unknown as Partial<Record<Locale, string>>
    const notes = doc.notes as unknown as Partial<Record<Locale, string>> | null
    return {
      term: term[sourceLocale] ?? '',
      renderings: term,
      notes: notes?.[sourceLocale] ?? undefined,
    }
  })
}

/** Glossary terms that occur in `sourceText`, longest first (德国中心 before 德国), with `locale`'s rendering. */
export function glossaryMatches(
  terms: readonly GlossaryTerm[],
  sourceText: string,
  locale: Locale,
): GlossaryEntry[] {
  return terms
    .filter((entry) => entry.term && sourceText.includes(entry.term) && entry.renderings[locale])
    .sort((a, b) => b.term.length - a.term.length)
    .map((entry) => ({
      term: entry.term,
      translation: entry.renderings[locale] as string,
      ...(entry.notes ? { definition: entry.notes } : {}),
    }))
}
