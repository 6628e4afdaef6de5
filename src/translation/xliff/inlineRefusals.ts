import { knownCodesForHumans } from './codes'
import { XliffError } from './types'
import type { XmlElement } from './xmlTree'

/**
 * What the inline readers of both XLIFF versions say about a tag they cannot take: one wording for
 * translators, told apart only by the version named and the attributes that identify a tag in it.
 */
export function inlineRefusals(version: '1.2' | '2.0', identifying: readonly string[]) {
  /** A tag as the translator's CAT tool shows it: its name and the attributes that identify it. */
  const describe = (node: XmlElement): string => {
    const shown = identifying.filter((name) => node.attrs.get(name))
    return `<${node.name}${shown.map((name) => ` ${name}="${node.attrs.get(name) ?? ''}"`).join('')}>`
  }
  return {
    describe,
    /** A code's id, which both versions require to pair a target's tag with the source's. */
    need: (id: string | undefined, tag: string, unitId: string): string => {
      if (id) return id
      throw new XliffError(
        `tag ${tag} has no id. Copy the tags from the source and export again.`,
        unitId,
      )
    },
    unknownCode: (node: XmlElement, unitId: string): XliffError =>
      new XliffError(
        `the source contains tag ${describe(node)}, a kind of formatting the CMS does not know (it knows ${knownCodesForHumans}). The file was probably not exported by this CMS.`,
        unitId,
      ),
    unknownElement: (node: XmlElement, unitId: string): XliffError =>
      new XliffError(
        `<${node.name}> is not an element XLIFF ${version} allows inside a source or target.`,
        unitId,
      ),
  }
}
