/** How long `run` took, in whole milliseconds, with what it returned. */
export async function time<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now()
  const result = await run()
  return { ms: Math.round(performance.now() - started), result }
}
