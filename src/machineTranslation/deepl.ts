import { createHash } from 'node:crypto'

import type { Locale } from '@/i18n/locales'

import { ProviderError, type GlossaryPair, type TranslationProvider } from './provider'

export type DeepLSettings = {
  key: string
  /** Another server speaking DeepL's API (a proxy, or a test's stand-in). */
  url?: string
}

/** DeepL's language codes: English as a target needs a variant; glossaries take the bare code. */
const languages: Record<Locale, { source: string; target: string; glossary: string }> = {
  zh: { source: 'ZH', target: 'ZH-HANS', glossary: 'zh' },
  de: { source: 'DE', target: 'DE', glossary: 'de' },
  en: { source: 'EN', target: 'EN-GB', glossary: 'en' },
}

// https://developers.deepl.com/api-reference/translate: at most 50 texts and 128 KiB per request.
const maxTextsPerRequest = 50
const maxRequestBytes = 128 * 1024 - 2048 // room for the other parameters
const timeoutMs = 60_000
const glossaryPrefix = 'taicang-cms'

/** Free-plan keys end in ":fx" and are served by their own host. */
export function deeplBaseUrl({ key, url }: DeepLSettings): string {
  if (url) return url.replace(/\/+$/, '')
  return key.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com'
}

/** Batches that each fit in one translate request. */
export function batches(texts: readonly string[]): string[][] {
  const out: string[][] = []
  let current: string[] = []
  let bytes = 0
  for (const text of texts) {
    const size = Buffer.byteLength(JSON.stringify(text)) + 1
    if (size > maxRequestBytes) {
      throw new ProviderError(
        `One text is ${Math.ceil(size / 1024)} KiB, more than DeepL translates in one request; translate that field by hand.`,
      )
    }
    if (current.length === maxTextsPerRequest || bytes + size > maxRequestBytes) {
      out.push(current)
      current = []
      bytes = 0
    }
    current.push(text)
    bytes += size
  }
  if (current.length > 0) out.push(current)
  return out
}

/** Glossary entries DeepL accepts: one line each, no tabs, each source phrase once. */
function glossaryTsv(glossary: readonly GlossaryPair[]): string {
  const seen = new Set<string>()
  const lines: string[] = []
  for (const { source, target } of glossary) {
    const [from, to] = [source.trim(), target.trim()]
    if (!from || !to || /[\t\r\n]/.test(from + to) || seen.has(from)) continue
    seen.add(from)
    lines.push(`${from}\t${to}`)
  }
  return lines.sort().join('\n')
}

type Glossary = { glossary_id: string; name: string }

/** DeepL API v2 (https://developers.deepl.com/api-reference/translate and /glossaries). */
export function deeplProvider(settings: DeepLSettings): TranslationProvider {
  const base = deeplBaseUrl(settings)
  // v2 glossaries cannot be changed: one per language pair and content, found again by its name.
  const glossaryIds = new Map<string, string>()

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `DeepL-Auth-Key ${settings.key}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      throw new ProviderError(`DeepL could not be reached: ${(error as Error).message}`)
    }
    if (!response.ok) throw new ProviderError(await failure(response))
    if (response.status === 204) return undefined as T
    try {
      return (await response.json()) as T
    } catch {
      throw new ProviderError('DeepL answered with something that is not JSON.')
    }
  }

  async function glossaryFor(
    source: Locale,
    target: Locale,
    glossary: readonly GlossaryPair[],
  ): Promise<string | undefined> {
    const entries = glossaryTsv(glossary)
    if (!entries) return undefined
    const pair = `${languages[source].glossary}-${languages[target].glossary}`
    const hash = createHash('sha256').update(entries).digest('hex').slice(0, 16)
    const name = `${glossaryPrefix} ${pair} ${hash}`
    const known = glossaryIds.get(name)
    if (known) return known

    const { glossaries } = await call<{ glossaries?: Glossary[] }>('GET', '/v2/glossaries')
    const list = glossaries ?? []
    let id = list.find((item) => item.name === name)?.glossary_id
    if (!id) {
      const created = await call<Glossary>('POST', '/v2/glossaries', {
        name,
        source_lang: languages[source].glossary,
        target_lang: languages[target].glossary,
        entries,
        entries_format: 'tsv',
      })
      id = created.glossary_id
      // Earlier versions of this pair's glossary are ours and unused now (DeepL allows 1000).
      for (const old of list.filter((item) => item.name.startsWith(`${glossaryPrefix} ${pair} `)))
        await call('DELETE', `/v2/glossaries/${encodeURIComponent(old.glossary_id)}`)
    }
    if (!id) throw new ProviderError('DeepL created the glossary but gave no id.')
    glossaryIds.set(name, id)
    return id
  }

  return {
    name: 'DeepL',
    async translate(texts, source, target, glossary = []) {
      if (texts.length === 0) return []
      const glossaryId = await glossaryFor(source, target, glossary)
      const out: string[] = []
      for (const batch of batches(texts)) {
        const { translations } = await call<{ translations?: { text?: unknown }[] }>(
          'POST',
          '/v2/translate',
          {
            text: batch,
            source_lang: languages[source].source,
            target_lang: languages[target].target,
            tag_handling: 'xml',
            ignore_tags: ['code'],
            ...(glossaryId ? { glossary_id: glossaryId } : {}),
          },
        )
        if (!Array.isArray(translations) || translations.length !== batch.length)
          throw new ProviderError(
            `DeepL returned ${Array.isArray(translations) ? translations.length : 'no'} translations for ${batch.length} texts.`,
          )
        for (const item of translations) {
          if (typeof item.text !== 'string')
            throw new ProviderError('DeepL returned a translation without text.')
          out.push(item.text)
        }
      }
      return out
    },
  }
}

/** DeepL's error, said so that an editor knows whether to wait, pay or fix the key. */
async function failure(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { message?: unknown } | null
  const detail = typeof body?.message === 'string' ? `: ${body.message}` : ''
  const meaning: Record<number, string> = {
    403: 'the API key was refused (check DEEPL_API_KEY)',
    429: 'too many requests; try again in a minute',
    456: "the account's translation quota is used up",
  }
  const why =
    meaning[response.status] ??
    (response.status >= 500 ? 'the service is unavailable' : 'the request was refused')
  return `DeepL answered ${response.status}, ${why}${detail}.`
}
