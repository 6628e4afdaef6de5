/** Payload's bookkeeping, which every save rewrites: a change to it says nothing about the edit. */
const bookkeeping = ['id', 'createdAt', 'updatedAt', '_status']

type Data = Record<string, unknown>

const isPlainObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The field paths whose stored value differs between two versions of a document, in the one
 * locale both were read in. Groups are followed into their fields; arrays, rich text (an object
 * with a `root`) and relationships are compared whole and named by their own path. Only paths go
 * into the audit trail, never values, so no text or secret is copied there.
 */
export function changedPaths(
  before: Data | null | undefined,
  after: Data,
  /** Top-level fields the workflow writes for itself (publication flags, source fingerprints). */
  ignore: readonly string[] = [],
  prefix = '',
): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)])
  const paths: string[] = []
  for (const key of keys) {
    if (prefix === '' && (bookkeeping.includes(key) || ignore.includes(key))) continue
    const path = prefix ? `${prefix}.${key}` : key
    const old = before?.[key]
    const now = after[key]
    if (isPlainObject(old) && isPlainObject(now) && !('root' in now) && !('root' in old)) {
      paths.push(...changedPaths(old, now, [], path))
    } else if (JSON.stringify(old ?? null) !== JSON.stringify(now ?? null)) {
      paths.push(path)
    }
  }
  return paths.sort()
}
