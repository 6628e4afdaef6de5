import { clientAddress, trustedProxies } from './clientAddress'
import { MemoryStore, RedisStore, type RateLimitStore } from './rateLimitStore'
import { refusal } from './refusal'

/**
 * Per-client limits on the endpoints worth abusing: password guessing (login), mail bombing
 * (forgot-password) and heavy writes (XLIFF import). Each limit is "N requests per S seconds",
 * counted per client address (see clientAddress.ts) in fixed windows, and set from the
 * environment, e.g. RATE_LIMIT_LOGIN=10/60; `off` disables one.
 */
type Env = Record<string, string | undefined>

export type Limit = { max: number; windowSeconds: number }

export const limitDefaults = {
  login: { variable: 'RATE_LIMIT_LOGIN', value: '10/60' },
  forgotPassword: { variable: 'RATE_LIMIT_FORGOT_PASSWORD', value: '5/300' },
  // Per account rather than per address: one reset mail per account at most this often, whoever
  // asks. Payload's own per-account interval is turned off (see collections/Users), this replaces it.
  forgotPasswordAccount: { variable: 'RATE_LIMIT_FORGOT_PASSWORD_ACCOUNT', value: '1/15' },
  xliffImport: { variable: 'RATE_LIMIT_XLIFF_IMPORT', value: '20/60' },
} as const

export type LimitName = keyof typeof limitDefaults

export function parseLimit(value: string, variable: string): Limit | null {
  const text = value.trim().toLowerCase()
  if (text === 'off' || text === '0') return null
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(text)
  const max = Number(match?.[1])
  const windowSeconds = Number(match?.[2])
  if (!match || max < 1 || windowSeconds < 1) {
    throw new Error(`${variable} "${value}" is not "<requests>/<seconds>" (e.g. 10/60) or "off".`)
  }
  return { max, windowSeconds }
}

export function limitFor(name: LimitName, env: Env = process.env): Limit | null {
  const { variable, value } = limitDefaults[name]
  return parseLimit(env[variable] ?? value, variable)
}

/**
 * Reads every limit and TRUST_PROXY once, so a mistyped setting stops the start with its name
 * instead of failing each login later. Called when the config is assembled.
 */
export function checkRateLimitSettings(env: Env = process.env): void {
  for (const name of Object.keys(limitDefaults) as LimitName[]) limitFor(name, env)
  trustedProxies(env)
}

// One store per process, shared by every bundled copy of this module (as in src/db/documentLocks).
const storeKey = Symbol.for('taicang-cms.rateLimitStore')
type Holder = { store?: RateLimitStore }
const holder: Holder = ((globalThis as Record<symbol, Holder>)[storeKey] ??= {})

/** Redis when REDIS_URL is set, so all app instances share the counts; memory otherwise. */
export function rateLimitStore(env: Env = process.env): RateLimitStore {
  return (holder.store ??= env.REDIS_URL ? new RedisStore(env.REDIS_URL) : new MemoryStore())
}

/** Replaces the store (tests; a deployment sets REDIS_URL instead). Closes the previous one. */
export async function useRateLimitStore(store: RateLimitStore | undefined): Promise<void> {
  const previous = holder.store
  holder.store = store
  if (previous && previous !== store) await previous.close()
}

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * Counts one request of `subject` against a limit. A store that fails lets the request through:
 * a Redis outage must not lock every editor out; it is reported as a process warning.
 */
export async function consume(
  name: LimitName,
  subject: string,
  env: Env = process.env,
): Promise<Verdict> {
  const limit = limitFor(name, env)
  if (!limit) return { allowed: true }
  try {
    const { count, resetInMs } = await rateLimitStore(env).hit(
      `${name}:${subject}`,
      limit.windowSeconds * 1000,
    )
    if (count <= limit.max) return { allowed: true }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(resetInMs / 1000)) }
  } catch (error) {
    process.emitWarning(`Rate limit store failed, request let through: ${(error as Error).message}`)
    return { allowed: true }
  }
}

export function tooManyRequests(retryAfterSeconds: number): Response {
  return refusal(429, `Too many requests. Try again in ${retryAfterSeconds} s.`, {
    'retry-after': String(retryAfterSeconds),
  })
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * Which limit a REST request falls under, by method and path. Payload routes /api/users/%6cogin,
 * /api//users/login and /api/users/login/ to the login too, so the path is compared with its
 * segments decoded and empty ones dropped.
 */
export function limitOfRequest(method: string, pathname: string): LimitName | null {
  if (method !== 'POST') return null
  const path =
    '/' +
    pathname
      .split('/')
      .map(decodeSegment)
      .filter((segment) => segment !== '' && segment !== '.')
      .join('/')
  if (path === '/api/users/login') return 'login'
  if (path === '/api/users/forgot-password') return 'forgotPassword'
  if (path === '/api/translation/xliff') return 'xliffImport'
  return null
}

type RouteHandler<C> = (request: Request, context: C) => Promise<Response>

/** Wraps a REST route handler: a request over its limit gets 429 before Payload sees it. */
export function withRateLimits<C>(handler: RouteHandler<C>): RouteHandler<C> {
  return async (request, context) => {
    const name = limitOfRequest(request.method, new URL(request.url).pathname)
    if (name) {
      const verdict = await consume(name, clientAddress(request.headers))
      if (!verdict.allowed) return tooManyRequests(verdict.retryAfterSeconds)
    }
    return handler(request, context)
  }
}
