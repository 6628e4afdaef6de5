/**
 * Payload signs sessions with PAYLOAD_SECRET. A missing or published secret in production would
 * let anyone forge an admin session, so production refuses to start without a real one. This file
 * has no imports so that the start script can run it before Next boots.
 */
export const developmentSecret = 'development-only-secret-do-not-use-in-production'

const knownDefaults = new Set([
  developmentSecret,
  'YOUR_SECRET_HERE',
  'secret',
  'changeme',
  'change-me',
  'payload',
  'test',
])

const minimumLength = 32

export function secretProblem(secret: string | undefined): string | null {
  const value = secret?.trim() ?? ''
  if (!value) return 'PAYLOAD_SECRET is not set.'
  if (knownDefaults.has(value)) return 'PAYLOAD_SECRET is a published default value.'
  if (value.length < minimumLength)
    return `PAYLOAD_SECRET is shorter than ${minimumLength} characters.`
  return null
}

export function payloadSecret(env: Record<string, string | undefined> = process.env): string {
  // `next build` imports the config to prerender; the real secret is the running server's concern.
  const isProductionServer =
    env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build'
  const problem = secretProblem(env.PAYLOAD_SECRET)
  if (isProductionServer && problem) {
    throw new Error(
      `${problem} Refusing to start in production: set it to a long random value, e.g. \`openssl rand -hex 32\`.`,
    )
  }
  return problem ? developmentSecret : (env.PAYLOAD_SECRET as string).trim()
}
