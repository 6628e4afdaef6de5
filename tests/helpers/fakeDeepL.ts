import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local server that speaks the part of DeepL's API v2 the CMS uses (translate, glossaries:
 * https://developers.deepl.com/api-reference), checking what DeepL checks: the
 * `DeepL-Auth-Key` header, JSON bodies, language codes, the 50-text limit, that a glossary id
 * exists and fits the language pair. Its "translation" is deterministic: the glossary's terms
 * replaced, then a `[DE]`-style prefix on each text, every tag kept where it was.
 */
export type FakeDeepL = {
  url: string
  key: string
  glossaries: Map<string, Glossary>
  /** Every translate request's body, in order. */
  translated: TranslateBody[]
  /** The next translate request fails with this status and message. */
  failNext: (status: number, message: string) => void
  /** Translate without applying the glossary, as a service might. */
  ignoreGlossary: boolean
  close: () => Promise<void>
}

type Glossary = {
  glossary_id: string
  name: string
  source_lang: string
  target_lang: string
  entries: Map<string, string>
}

export type TranslateBody = {
  text: string[]
  source_lang: string
  target_lang: string
  tag_handling?: string
  glossary_id?: string
}

const targets: Record<string, string> = { DE: 'de', 'EN-GB': 'en', 'EN-US': 'en' }

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  if (!String(req.headers['content-type']).startsWith('application/json')) return undefined
  return JSON.parse(Buffer.concat(chunks).toString('utf8'))
}

function send(res: ServerResponse, status: number, body?: unknown) {
  res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' })
  res.end(body === undefined ? undefined : JSON.stringify(body))
}

export async function startFakeDeepL(key = 'test-key:fx'): Promise<FakeDeepL> {
  let failure: { status: number; message: string } | null = null
  let counter = 0
  const state: Omit<FakeDeepL, 'url' | 'close'> = {
    key,
    glossaries: new Map(),
    translated: [],
    failNext: (status, message) => {
      failure = { status, message }
    },
    ignoreGlossary: false,
  }

  const server = createServer((req, res) => {
    void (async () => {
      if (req.headers.authorization !== `DeepL-Auth-Key ${key}`)
        return send(res, 403, { message: 'Wrong endpoint or authentication key.' })
      const url = new URL(req.url ?? '/', 'http://localhost')
      const body = (await readJson(req)) as Record<string, unknown> | undefined

      if (req.method === 'GET' && url.pathname === '/v2/glossaries')
        return send(res, 200, {
          glossaries: [...state.glossaries.values()].map(({ entries, ...rest }) => ({
            ...rest,
            ready: true,
            entry_count: entries.size,
          })),
        })
      if (req.method === 'POST' && url.pathname === '/v2/glossaries') {
        if (!body || body.entries_format !== 'tsv' || typeof body.entries !== 'string')
          return send(res, 400, { message: 'Bad request' })
        const entries = new Map(
          body.entries.split('\n').map((line) => line.split('\t') as [string, string]),
        )
        if ([...entries].some(([from, to]) => !from || !to))
          return send(res, 400, { message: 'Invalid glossary entries' })
        counter += 1
        const glossary: Glossary = {
          glossary_id: `glossary-${counter}`,
          name: String(body.name),
          source_lang: String(body.source_lang),
          target_lang: String(body.target_lang),
          entries,
        }
        state.glossaries.set(glossary.glossary_id, glossary)
        const { entries: _entries, ...shown } = glossary
        return send(res, 201, { ...shown, ready: true, entry_count: entries.size })
      }
      const deleting = /^\/v2\/glossaries\/([^/]+)$/.exec(url.pathname)
      if (req.method === 'DELETE' && deleting) {
        if (!state.glossaries.delete(decodeURIComponent(deleting[1]!)))
          return send(res, 404, { message: 'Not found' })
        return send(res, 204)
      }
      if (req.method === 'POST' && url.pathname === '/v2/translate') {
        const request = body as TranslateBody | undefined
        const target = targets[String(request?.target_lang)]
        if (
          !request ||
          !Array.isArray(request.text) ||
          request.text.length === 0 ||
          request.text.length > 50 ||
          request.source_lang !== 'ZH' ||
          !target
        )
          return send(res, 400, { message: 'Bad request. Reason: Value for text or lang invalid' })
        if (failure) {
          const { status, message } = failure
          failure = null
          return send(res, status, { message })
        }
        const glossary = request.glossary_id ? state.glossaries.get(request.glossary_id) : undefined
        if (
          request.glossary_id &&
          (!glossary || glossary.target_lang !== target || glossary.source_lang !== 'zh')
        )
          return send(res, 400, { message: 'Glossary does not match the language pair' })
        state.translated.push(request)
        const translations = request.text.map((text) => {
          let out = text
          if (glossary && !state.ignoreGlossary)
            for (const [from, to] of [...glossary.entries].sort(
              (a, b) => b[0].length - a[0].length,
            ))
              out = out.split(from).join(to)
          // The prefix goes inside the first tag's text, so rich text keeps its structure.
          return out.replace(/^((?:<[^>]+>)*)/, `$1[${target.toUpperCase()}] `)
        })
        return send(res, 200, {
          translations: translations.map((text) => ({ detected_source_language: 'ZH', text })),
        })
      }
      send(res, 404, { message: 'Not found' })
    })().catch((error: Error) => send(res, 500, { message: error.message }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as FakeDeepL
}
