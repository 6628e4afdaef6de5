/**
 * The address a request is counted against. Next's server puts the connection's address in
 * `x-forwarded-for` when the request has none; route handlers see nothing else. A client that
 * reaches Next directly can therefore send its own `x-forwarded-for` and choose its address, so
 * production runs behind a reverse proxy and says so with TRUST_PROXY: the number of proxies in
 * front of the app, each appending the address it received the request from. The client is then
 * the address the outermost trusted proxy appended; anything further left is the client's own
 * claim and is ignored.
 */
type Env = Record<string, string | undefined>

export function trustedProxies(env: Env = process.env): number {
  const value = env.TRUST_PROXY?.trim().toLowerCase()
  if (!value || value === 'false' || value === '0') return 0
  if (value === 'true') return 1
  const hops = Number(value)
  if (!Number.isInteger(hops) || hops < 0)
    throw new Error(`TRUST_PROXY "${env.TRUST_PROXY}" is not a number of proxies (or true/false).`)
  return hops
}

export function clientAddress(headers: Headers, env: Env = process.env): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const hops = trustedProxies(env)
  if (hops > 0) return forwarded[Math.max(0, forwarded.length - hops)] ?? 'unknown'
  // No proxy: the connection's address as Next recorded it (last entry), else a proxy's x-real-ip.
  return forwarded.at(-1) ?? headers.get('x-real-ip')?.trim() ?? 'unknown'
}
