import { deeplProvider } from './deepl'
import type { TranslationProvider } from './provider'

let cached: { signature: string; provider: TranslationProvider } | undefined

/**
 * The provider the environment configures, or null: machine translation is off unless
 * DEEPL_API_KEY is set. DEEPL_API_URL points it at another server speaking DeepL's API. Read on
 * each request, so a key set or removed takes effect without a rebuild; the provider (and the
 * glossary ids it remembers) is kept while the settings stay the same.
 */
export function configuredProvider(
  env: Record<string, string | undefined> = process.env,
): TranslationProvider | null {
  const key = env.DEEPL_API_KEY?.trim()
  if (!key) return null
  const url = env.DEEPL_API_URL?.trim() || undefined
  const signature = `${key}\n${url ?? ''}`
  if (cached?.signature !== signature) cached = { signature, provider: deeplProvider({ key, url }) }
  return cached.provider
}
