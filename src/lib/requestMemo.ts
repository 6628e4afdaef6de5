import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Memoisation for the length of one request. The public pages are route handlers that render
 * with react-dom/server, outside any React Server Components render, so React's `cache()` has no
 * request scope there and calls through every time (react.react-server: no dispatcher → call fn).
 * A page asks for the site settings, the key figures or the preview session several times; each
 * ask was a new read, and in draft mode a new session check against the database.
 *
 * `inRequestScope` opens the scope (the page handlers do, in respond()); `perRequest(fn)` answers
 * repeated calls with equal arguments from it. Outside a scope it simply calls `fn`.
 */
type Memo = Map<string, unknown>

const scope = new AsyncLocalStorage<Map<unknown, Memo>>()

export function inRequestScope<T>(run: () => Promise<T>): Promise<T> {
  return scope.run(new Map(), run)
}

export function perRequest<A extends (string | number | boolean | null | undefined)[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  return (...args: A): R => {
    const memos = scope.getStore()
    if (!memos) return fn(...args)
    let memo = memos.get(fn)
    if (!memo) memos.set(fn, (memo = new Map()))
    const key = JSON.stringify(args)
    if (memo.has(key)) return memo.get(key) as R
    const result = fn(...args)
    memo.set(key, result)
    // A failed read is not remembered: the next ask in the same request tries again.
    if (result instanceof Promise) result.catch(() => memo.delete(key))
    return result
  }
}
