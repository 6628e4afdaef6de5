import { createClient } from 'redis'

/** Requests counted in the current fixed window of one key, and when that window ends. */
export type Hit = { count: number; resetInMs: number }

/**
 * Where request counts live. Memory is per process; Redis is shared by every app instance, so
 * a client cannot multiply its allowance by reaching several of them.
 */
export interface RateLimitStore {
  hit(key: string, windowMs: number): Promise<Hit>
  close(): Promise<void>
}

export class MemoryStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>()

  async hit(key: string, windowMs: number): Promise<Hit> {
    const now = Date.now()
    let window = this.windows.get(key)
    if (!window || window.resetAt <= now) {
      // Expired windows would otherwise pile up, one per address ever seen.
      if (this.windows.size > 10_000) this.prune(now)
      window = { count: 0, resetAt: now + windowMs }
      this.windows.set(key, window)
    }
    window.count += 1
    return { count: window.count, resetInMs: window.resetAt - now }
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key)
  }

  async close(): Promise<void> {
    this.windows.clear()
  }
}

// INCR and the first PEXPIRE in one step, so a key never outlives its window without an expiry.
const hitScript = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return { count, ttl }`

export class RedisStore implements RateLimitStore {
  private readonly client: ReturnType<typeof createClient>
  private connecting: Promise<unknown> | null = null

  constructor(
    url: string,
    private readonly prefix = 'taicang-cms:rate:',
  ) {
    // Fail fast instead of queueing requests behind a lost connection (the caller lets them
    // through); the next request connects again rather than a background retry loop.
    this.client = createClient({
      url,
      disableOfflineQueue: true,
      socket: { connectTimeout: 2_000, reconnectStrategy: false },
    })
    this.client.on('error', () => {})
  }

  async hit(key: string, windowMs: number): Promise<Hit> {
    if (!this.client.isOpen)
      await (this.connecting ??= this.client.connect().finally(() => (this.connecting = null)))
    const reply = (await this.client.eval(hitScript, {
      keys: [this.prefix + key],
      arguments: [String(windowMs)],
    })) as [number, number]
    return { count: Number(reply[0]), resetInMs: Number(reply[1]) }
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close()
  }
}
