import type { CollectionSlug, Field } from 'payload'

import { paragraphsToRichText } from '@/seed/richText'
import { locales, sourceLocale, type Locale } from '@/i18n/locales'
import { plainText } from '@/lib/localized'
import { publishedFieldName } from '@/translation/publishing'
import { translationSourcesFieldName } from '@/translation/sourceTracking'

/** What one spreadsheet cell holds once read: text, a number, a yes/no, or nothing. */
export type Cell = string | number | boolean | null

type Kind = 'text' | 'richText' | 'number' | 'checkbox' | 'select' | 'reference' | 'date' | 'json'

/** One column of the sheet: a shared field, or one locale of a localized field (`name_de`). */
export type Column = {
  name: string
  field: string
  locale: Locale | null
  kind: Kind
  required: boolean
  options?: readonly string[]
  /** For relationships and uploads: the collection whose record id the cell holds. */
  relationTo?: CollectionSlug
  /** The field's validator (its own, or Payload's default), for the kinds checked cell by cell. */
  validate?: (
    value: unknown,
    options: Record<string, unknown>,
  ) => true | string | Promise<true | string>
  /** The field's configuration, which Payload hands its validators with the value. */
  config: Field
}

/** Kinds whose field validators look at the value alone; references and rich text are checked otherwise. */
const validatedKinds = new Set<Kind>(['text', 'number', 'date', 'select'])

/** The column every row is matched on: records are created or updated by their slug. */
export const keyColumn = 'slug'

/**
 * Not columns: fields the workflow's hooks write (publication flags, translation provenance) and
 * those Payload keeps itself. Publishing is the import's mode, not a value in the sheet.
 */
const notColumns = new Set([
  'id',
  '_status',
  'createdAt',
  'updatedAt',
  'deletedAt',
  publishedFieldName,
  translationSourcesFieldName,
])

const kinds: Record<string, Kind> = {
  text: 'text',
  textarea: 'text',
  email: 'text',
  code: 'text',
  richText: 'richText',
  number: 'number',
  checkbox: 'checkbox',
  select: 'select',
  radio: 'select',
  relationship: 'reference',
  upload: 'reference',
  date: 'date',
  // Structured values (arrays, groups, blocks, JSON, points) travel as JSON text: exact both ways,
  // and rare in the directory's collections.
  array: 'json',
  group: 'json',
  blocks: 'json',
  json: 'json',
  point: 'json',
}

function columnsOf(field: Field): Column[] {
  if (field.type === 'tabs') {
    return field.tabs.flatMap((tab) =>
      'name' in tab && tab.name
        ? columnsOf({ ...tab, type: 'group', name: tab.name } as Field)
        : tab.fields.flatMap(columnsOf),
    )
  }
  if (!('name' in field) || !field.name)
    return 'fields' in field ? field.fields.flatMap(columnsOf) : []
  const kind = kinds[field.type]
  if (!kind || notColumns.has(field.name)) return []
  const single =
    kind === 'reference' && 'relationTo' in field && typeof field.relationTo === 'string'
  // Polymorphic or many-valued references have no one-id cell: JSON text, like other structures.
  const hasMany = 'hasMany' in field && Boolean(field.hasMany)
  const base = {
    field: field.name,
    kind: kind === 'reference' && (!single || hasMany) ? 'json' : hasMany ? 'json' : kind,
    required: 'required' in field && Boolean(field.required),
    ...('options' in field && Array.isArray(field.options)
      ? {
          options: field.options.map((option) =>
            typeof option === 'string' ? option : option.value,
          ),
        }
      : {}),
    ...(single ? { relationTo: (field as { relationTo: CollectionSlug }).relationTo } : {}),
    ...('validate' in field && typeof field.validate === 'function' && validatedKinds.has(kind)
      ? { validate: field.validate as Column['validate'] }
      : {}),
    config: field,
  } satisfies Omit<Column, 'name' | 'locale'>
  if ('localized' in field && field.localized) {
    // A translation not yet made is missing work, not an error: only the source text is required.
    return locales.map((locale) => ({
      ...base,
      name: `${field.name}_${locale}`,
      locale,
      required: base.required && locale === sourceLocale,
    }))
  }
  return [{ ...base, name: field.name, locale: null }]
}

/**
 * The sheet's columns for a collection, in form order: the slug, then every field, a localized one
 * once per locale (`name_zh`, `name_de`, `name_en`). Export writes them; import accepts any subset
 * that includes the slug.
 */
export function sheetColumns(fields: readonly Field[]): Column[] {
  const all = fields.flatMap(columnsOf)
  const key = all.find((column) => column.name === keyColumn)
  return key ? [key, ...all.filter((column) => column !== key)] : all
}

/** A stored value as its cell: what export writes and what import compares against. */
export function cellOf(column: Column, value: unknown): Cell {
  // An unset checkbox reads as unticked, as the admin shows it.
  if (column.kind === 'checkbox') return Boolean(value)
  if (value === null || value === undefined) return null
  switch (column.kind) {
    case 'richText': {
      // Rich text as its plain paragraphs, separated by blank lines: what an editor can read and
      // write in a cell. Formatting survives a round trip because unchanged text is not rewritten.
      const text = plainText(value)
      return text === '' ? null : text
    }
    case 'number':
      return typeof value === 'number' ? value : Number(value)
    case 'reference':
      return typeof value === 'object' && 'id' in value
        ? ((value as { id: number | string }).id as number | string)
        : (value as number | string)
    case 'json':
      return JSON.stringify(value)
    default:
      return typeof value === 'string' ? (value === '' ? null : value) : String(value)
  }
}

/** A cell read from a file, as the value to store; throws a message naming what is wrong. */
export function valueOf(column: Column, cell: Cell): unknown {
  if (cell === null || cell === '') {
    if (column.required) throw new Error('is required')
    return column.kind === 'checkbox' ? false : null
  }
  switch (column.kind) {
    case 'number': {
      const number = typeof cell === 'number' ? cell : Number(String(cell).trim())
      if (typeof cell === 'boolean' || !Number.isFinite(number))
        throw new Error(`"${String(cell)}" is not a number`)
      return number
    }
    case 'checkbox': {
      if (typeof cell === 'boolean') return cell
      const text = String(cell).trim().toLowerCase()
      if (['true', '1', 'yes', 'ja', '是', 'x'].includes(text)) return true
      if (['false', '0', 'no', 'nein', '否'].includes(text)) return false
      throw new Error(`"${String(cell)}" is not a yes/no value (use TRUE or FALSE)`)
    }
    case 'select': {
      const text = String(cell).trim()
      if (column.options && !column.options.includes(text))
        throw new Error(`"${text}" is not one of: ${column.options.join(', ')}`)
      return text
    }
    case 'reference': {
      const text = String(cell).trim()
      if (!/^[0-9a-f]+$/i.test(text)) throw new Error(`"${text}" is not a record id`)
      return /^[0-9]+$/.test(text) ? Number(text) : text
    }
    case 'date': {
      const date = new Date(String(cell))
      if (Number.isNaN(date.getTime())) throw new Error(`"${String(cell)}" is not a date`)
      return date.toISOString()
    }
    case 'json':
      try {
        return JSON.parse(String(cell)) as unknown
      } catch {
        throw new Error('is not valid JSON')
      }
    case 'richText':
      return paragraphsToRichText(String(cell))
    default:
      return String(cell)
  }
}

/** Two cells say the same thing: numbers as numbers, text without the edges a spreadsheet pads. */
export function sameCell(a: Cell, b: Cell): boolean {
  const norm = (cell: Cell) =>
    cell === null || cell === '' ? null : typeof cell === 'string' ? cell.trim() : cell
  return norm(a) === norm(b)
}

/** A stored record's value for one column (one locale of a localized field). */
export function storedValue(record: Record<string, unknown>, column: Column): unknown {
  const value = record[column.field]
  if (!column.locale) return value
  return value && typeof value === 'object'
    ? (value as Record<string, unknown>)[column.locale]
    : null
}
