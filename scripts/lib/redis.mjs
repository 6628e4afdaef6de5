// Whether Redis answers, for the tests and the bench that need it (they say why they skip).
import { createClient } from 'redis'

/** The Redis the multi-instance tests and bench use. */
export const localRedisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379'

/** Why Redis at `url` cannot be used, or null. */
export async function redisMissing(url = localRedisUrl) {
  const client = createClient({ url, socket: { reconnectStrategy: false, connectTimeout: 2_000 } })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.ping()
    await client.close()
    return null
  } catch (error) {
    return `Redis at ${url} is unreachable (${error.message})`
  }
}
