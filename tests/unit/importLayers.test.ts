import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The folders import one way: a folder that imports another is never imported back, however
 * long the way round. A cycle means neither side can be read, tested or changed on its own.
 * The nodes are `collections`, each `src/<dir>`, each file directly in `src/`, `scripts` and
 * `tests`; an edge is any static, re-export or dynamic import, types included (a type import
 * still says which side owns the fact).
 */

const aliases: [prefix: string, target: string][] = [
  ['@/', 'src/'],
  ['@collections/', 'collections/'],
  ['@payload-config', 'src/payload.config.ts'],
]

const layerOf = (file: string): string => {
  const parts = file.split('/')
  if (parts[0] !== 'src') return parts[0] ?? file
  // A file directly in src/ (payload.config.ts, proxy.ts) is a layer of its own.
  return parts.length === 2 ? file.replace(/\.tsx?$/, '') : `src/${parts[1]}`
}

/** The repository path an import names, or undefined for a package. */
const resolve = (from: string, specifier: string): string | undefined => {
  if (specifier.startsWith('.')) return path.posix.join(path.posix.dirname(from), specifier)
  const alias = aliases.find(([prefix]) => specifier.startsWith(prefix))
  return alias ? alias[1] + specifier.slice(alias[0].length) : undefined
}

// `from '…'`, `import '…'` and `import('…')`, each however the statement is wrapped.
const importPattern = /(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"\n]+)['"]/g
// Comments may quote an import; they say nothing about the graph.
const withoutComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')

export const folderGraph = (files: string[], read: (file: string) => string) => {
  const edges = new Map<string, Map<string, string>>() // from layer → to layer → an example file
  for (const file of files) {
    const from = layerOf(file)
    for (const match of withoutComments(read(file)).matchAll(importPattern)) {
      const target = resolve(file, match[1] ?? '')
      if (!target) continue
      const to = layerOf(target)
      if (to === from) continue
      const out = edges.get(from) ?? new Map<string, string>()
      if (!out.has(to)) out.set(to, `${file} → ${match[1]}`)
      edges.set(from, out)
    }
  }
  return edges
}

/** Every cycle's layers, found as the strongly connected components with more than one layer. */
export const cycles = (edges: Map<string, Map<string, string>>): string[][] => {
  const nodes = new Set([...edges.keys(), ...[...edges.values()].flatMap((out) => [...out.keys()])])
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const found: string[][] = []
  const visit = (node: string) => {
    index.set(node, index.size)
    low.set(node, index.get(node)!)
    stack.push(node)
    for (const next of edges.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!))
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string | undefined
      do {
        member = stack.pop()
        if (member) component.push(member)
      } while (member && member !== node)
      if (component.length > 1) found.push(component.sort())
    }
  }
  for (const node of [...nodes].sort()) if (!index.has(node)) visit(node)
  return found
}

const describeCycle = (component: string[], edges: Map<string, Map<string, string>>) =>
  component
    .flatMap((from) =>
      [...(edges.get(from) ?? [])]
        .filter(([to]) => component.includes(to))
        .map(([to, example]) => `${from} → ${to} (${example})`),
    )
    .join('\n')

const tracked = execFileSync('git', ['ls-files', '*.ts', '*.tsx'], { encoding: 'utf8' })
  .split('\n')
  .filter(Boolean)

it('no folder imports a folder that imports it back', () => {
  const edges = folderGraph(tracked, (file) => readFileSync(file, 'utf8'))
  expect(cycles(edges).map((component) => describeCycle(component, edges))).toEqual([])
})

it('the check sees a cycle through a third folder, and aliases and relative paths alike', () => {
  const sources: Record<string, string> = {
    'collections/a.ts': "import { b } from '@/lib/b'",
    'src/lib/b.ts': "export { c } from '../translation/c'",
    'src/translation/c.ts': "const a = await import('@collections/a')",
    'src/i18n/d.ts': "import type { b } from '@/lib/b'",
  }
  const edges = folderGraph(Object.keys(sources), (file) => sources[file] ?? '')
  expect(cycles(edges)).toEqual([['collections', 'src/lib', 'src/translation']])
})
