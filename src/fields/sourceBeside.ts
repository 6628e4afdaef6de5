import type { Field } from 'payload'

const textKinds = new Set(['text', 'textarea', 'richText'])

/** The admin component that shows the Chinese source beside a field (src/components/admin). */
export const sourceBesideComponent = '/components/admin/SourceBeside#SourceBeside'

/**
 * The source beside every localized text field of a global, media or the glossary, array rows
 * included (the key figures' labels). The content collections get it with their other translator
 * aids (collections/content.ts).
 */
export function withSourceBeside(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'row' || field.type === 'collapsible' || field.type === 'array')
      return { ...field, fields: withSourceBeside(field.fields) } as Field
    if (!('localized' in field) || !field.localized || !textKinds.has(field.type)) return field
    const admin = (field.admin ?? {}) as { components?: Record<string, unknown> }
    return {
      ...field,
      admin: {
        ...admin,
        components: { ...admin.components, afterInput: [sourceBesideComponent] },
      },
    } as Field
  })
}
