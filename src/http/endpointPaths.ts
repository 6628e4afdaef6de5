/** Matches Payload's endpoint path patterns ('/versions/:id', '/access/:id?') against decoded path segments. */
export function matchPath(pattern: string, segments: string[]): Record<string, string> | null {
  const params: Record<string, string> = {}
  let index = 0
  for (const part of pattern.split('/').filter(Boolean)) {
    const segment = segments[index]
    if (part.startsWith(':')) {
      const name = part.slice(1).replace(/\?$/, '')
      if (segment === undefined) {
        if (part.endsWith('?')) continue
        return null
      }
      params[name] = segment
    } else if (segment !== part) {
      return null
    }
    index++
  }
  return index === segments.length ? params : null
}
