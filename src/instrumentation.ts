/**
 * Next calls `register` once when the server starts. Booting Payload here applies pending
 * migrations and checks PAYLOAD_SECRET before the first visitor arrives, instead of on their request;
 * then the job runner starts (scheduled publications, ended events).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build')
    return
  const [{ getPayload }, { default: config }, { startJobRunner }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('@/jobs/runner'),
  ])
  startJobRunner(await getPayload({ config }))
}
