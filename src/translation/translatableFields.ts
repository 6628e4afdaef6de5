import type { Field } from 'payload'

export type TranslatableKind = 'text' | 'textarea' | 'richText'

export type TranslatableField = { path: string; kind: TranslatableKind; required: boolean }

const kinds = new Set<string>(['text', 'textarea', 'richText'])

/**
 * The localized text a translator works on, in form order. Rows, collapsibles and unnamed groups
 * only arrange the form, so their fields sit at the top level of the data.
 */
export function translatableFields(fields: readonly Field[]): TranslatableField[] {
  return fields.flatMap((field): TranslatableField[] => {
    if ('name' in field && field.name) {
      if (!kinds.has(field.type) || !('localized' in field) || !field.localized) return []
      if (field.admin && 'hidden' in field.admin && field.admin.hidden) return []
      return [
        {
          path: field.name,
          kind: field.type as TranslatableKind,
          required: Boolean('required' in field && field.required),
        },
      ]
    }
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name ? [] : translatableFields(tab.fields),
      )
    }
    return 'fields' in field ? translatableFields(field.fields) : []
  })
}
