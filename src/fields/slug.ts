import type { Field, PayloadRequest, TextField } from 'payload'

import { label } from './label'
import { validateSlug } from './validators'

/** Latin letters and digits of `text`, hyphenated: "Deutsches Zentrum" → "deutsches-zentrum". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/ß/g, 'ss')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
}

/**
 * A shared (not localized) URL slug: one URL per record in every language, so the language
 * switcher leads to the same record. Filled from the title when left empty; titles are often
 * Chinese, which has no Latin letters, so the last resort is a short unique token.
 */
export function slugField(fromField: string, overrides: Partial<TextField> = {}): Field {
  return {
    name: 'slug',
    type: 'text',
    label: label({ zh: '网址别名', de: 'Slug', en: 'Slug' }),
    index: true,
    unique: true,
    required: true,
    validate: (value: unknown, { req }: { req: PayloadRequest }) => validateSlug(value, { req }),
    admin: {
      position: 'sidebar',
      description: label({
        zh: '留空则根据标题自动生成。',
        de: 'Bleibt das Feld leer, wird der Slug aus dem Titel erzeugt.',
        en: 'Left empty, it is made from the title.',
      }),
    },
    hooks: {
      beforeValidate: [
        ({ value, data, originalDoc }) => {
          if (typeof value === 'string' && value.trim() !== '') return slugify(value)
          if (originalDoc?.slug) return originalDoc.slug
          const from = data?.[fromField]
          const text = typeof from === 'string' ? slugify(from) : ''
          return text || `item-${Date.now().toString(36)}`
        },
      ],
    },
    ...overrides,
  } as TextField
}
