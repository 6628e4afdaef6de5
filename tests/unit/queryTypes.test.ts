import type { Field } from 'payload'

import { collections, globals } from '@collections/index'
import { localizedFields, localizedGlobalFields } from '@/queries/allLocales'
import { publishedFieldName } from '@/translation/publishing'
import { translationSourcesFieldName } from '@/translation/sourceTracking'

/** Localized fields at the data's top level (rows, collapsibles and unnamed tabs only arrange the form). */
function localizedNames(fields: readonly Field[]): string[] {
  return fields.flatMap((field): string[] => {
    if ('name' in field && field.name)
      return 'localized' in field && field.localized ? [field.name] : []
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name ? [] : localizedNames(tab.fields),
      )
    return 'fields' in field ? localizedNames(field.fields) : []
  })
}

const fieldsOf = (slug: string) =>
  [...collections, ...globals].find((config) => config.slug === slug)!.fields

/**
 * The public reads' types (src/queries/allLocales.ts) say which fields come back as one value
 * per locale. A field made localized, or no longer, in a collection must change them too.
 */
describe('the public reads’ types name exactly the localized fields the schema declares', () => {
  // The translator workflow's own fields (publication flag, source snapshot): never read publicly.
  const workflow: string[] = [publishedFieldName, translationSourcesFieldName]
  const declaredIn = (slug: string) =>
    localizedNames(fieldsOf(slug)).filter((name) => !workflow.includes(name))

  it.each(Object.entries(localizedFields))('%s', (slug, names) => {
    expect([...names].sort()).toEqual(declaredIn(slug).sort())
  })

  it('site settings', () => {
    expect([...localizedGlobalFields['site-settings']].sort()).toEqual(
      declaredIn('site-settings').sort(),
    )
  })

  it('each key figure', () => {
    const figures = fieldsOf('key-figures').find(
      (field) => 'name' in field && field.name === 'figures',
    )
    expect(figures && 'fields' in figures).toBe(true)
    const names = figures && 'fields' in figures ? localizedNames(figures.fields) : []
    expect([...localizedGlobalFields['key-figures']].sort()).toEqual(names.sort())
  })
})
