import { escapeAttr } from './xmlText'

export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>'

export type Attributes = [string, string | number | undefined][]

/** Attributes in the order given; undefined ones are left out, so output is deterministic. */
export function attrs(list: Attributes): string {
  return list
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttr(String(value))}"`)
    .join('')
}

/**
 * Collects indented lines. Only the structure is indented: inline content (`<source>…</source>`)
 * always stays on one line, because whitespace inside it is text.
 */
export class Lines {
  private readonly lines: string[] = [xmlDeclaration]

  push(depth: number, line: string): void {
    this.lines.push('  '.repeat(depth) + line)
  }

  /** A start tag on a line of its own: the structure's elements, each with its attributes. */
  open(depth: number, name: string, list: Attributes): void {
    this.push(depth, `<${name}${attrs(list)}>`)
  }

  toString(): string {
    return this.lines.join('\n') + '\n'
  }
}
