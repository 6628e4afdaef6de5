import type { Locale } from '@/i18n/locales'

/** A term the translation must use: the source phrase and its rendering in the target language. */
export type GlossaryPair = { source: string; target: string }

/**
 * A machine translation service. Texts go in and come back as XML fragments: inline formatting
 * (bold, links, line breaks) travels as tags the service keeps in place (src/machineTranslation/
 * inlineMarkup.ts), so rich text keeps its structure. The answer has one text per text sent, in
 * the same order. A failure of the service is a ProviderError, never a partial answer.
 */
export interface TranslationProvider {
  readonly name: string
  translate(
    texts: readonly string[],
    source: Locale,
    target: Locale,
    glossary?: readonly GlossaryPair[],
  ): Promise<string[]>
}

/**
 * The service refused or failed (bad key, quota, rate limit, outage, an answer that makes no
 * sense). Not the client's fault and not ours: the endpoint answers 502 with this message.
 */
export class ProviderError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ProviderError'
  }
}
