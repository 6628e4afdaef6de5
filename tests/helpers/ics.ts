/**
 * A small RFC 5545 reader for tests: unfolds lines, checks BEGIN/END nesting and collects each
 * component's properties (name with parameters → value). Throws on malformed input.
 */
export type ParsedIcs = { lines: string[]; components: Record<string, Record<string, string>[]> }

export function parseIcs(text: string): ParsedIcs {
  if (/[^\r]\n/.test(text)) throw new Error('iCalendar lines must end with CRLF')
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '')
  const stack: { name: string; props: Record<string, string> }[] = []
  const components: ParsedIcs['components'] = {}
  for (const line of lines) {
    const colon = line.indexOf(':')
    if (colon <= 0) throw new Error(`Not a content line: ${line}`)
    const name = line.slice(0, colon)
    const value = line.slice(colon + 1)
    if (name === 'BEGIN') {
      stack.push({ name: value, props: {} })
    } else if (name === 'END') {
      const open = stack.pop()
      if (open?.name !== value) throw new Error(`END:${value} closes ${open?.name ?? 'nothing'}`)
      ;(components[value] ??= []).push(open.props)
    } else {
      const current = stack[stack.length - 1]
      if (!current) throw new Error(`Property outside a component: ${line}`)
      current.props[name] = value
    }
  }
  if (stack.length > 0) throw new Error(`Unclosed ${stack.map((item) => item.name).join(', ')}`)
  if (components.VCALENDAR?.length !== 1) throw new Error('Expected exactly one VCALENDAR')
  return { lines, components }
}

/** A TEXT value as written, unescaped (RFC 5545 §3.3.11). */
export function unescapeText(value: string | undefined): string | undefined {
  return value?.replace(/\\([\\;,nN])/g, (_, char: string) =>
    char === 'n' || char === 'N' ? '\n' : char,
  )
}
