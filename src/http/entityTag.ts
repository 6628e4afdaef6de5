import { createHash } from 'node:crypto'

/**
 * A strong validator for a response body: the same bytes always give the same tag, and any change
 * gives another (RFC 9110 §8.8.3). SHA-256 rather than a length or a timestamp, so two servers
 * (or a restart) agree on the tag of the same page.
 */
export function entityTag(body: Uint8Array | string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`
}

/**
 * Whether a request's `If-None-Match` names the current representation, so the answer is
 * `304 Not Modified` (RFC 9110 §13.1.2). The comparison is the weak one the RFC prescribes for
 * this header: `W/"x"` matches `"x"`. The header is `*` or a comma-separated list of tags; a tag's
 * quoted text may itself contain commas, so tags are read one by one rather than split on commas.
 */
export function noneMatch(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  const current = opaque(etag)
  return [...ifNoneMatch.matchAll(/(?:W\/)?"[^"]*"/g)].some((match) => opaque(match[0]) === current)
}

/** The quoted part of an entity tag, without the weakness prefix. */
const opaque = (tag: string) => tag.trim().replace(/^W\//, '')

/**
 * The `304 Not Modified` for a page: no body, and the headers its 200 would carry (ETag,
 * Cache-Control, Vary and the rest), so a cache updates what it stored (RFC 9110 §15.4.5).
 * The body's type and length describe a body this answer does not have.
 */
export function notModified(headers: Record<string, string>): Response {
  const kept = Object.entries(headers).filter(
    ([name]) => !['content-type', 'content-length'].includes(name.toLowerCase()),
  )
  return new Response(null, { status: 304, headers: Object.fromEntries(kept) })
}
