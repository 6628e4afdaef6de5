import type { Field } from 'payload'

export type TranslatableKind = 'text' | 'textarea' | 'richText'

/**
 * A localized text a translator works on. Inside a shared array (the key figures' rows) the field
 * is named by `array` and its own `path`; each row is one text, at `array.<row id>.path`
 * (see textsOf): row ids stay put when rows are added or removed, row positions do not.
 */
export type TranslatableField = {
  path: string
  kind: TranslatableKind
  required: boolean
  array?: string
  /** The field's own `maxLength`, when it sets one (text and textarea): the QA gate's length limit. */
  maxLength?: number
}

const kinds = new Set<string>(['text', 'textarea', 'richText'])

/**
 * The localized text a translator works on, in form order. Rows, collapsibles and unnamed groups
 * only arrange the form, so their fields sit at the top level of the data; a shared array's
 * localized text is translated row by row.
 */
export function translatableFields(fields: readonly Field[]): TranslatableField[] {
  return fields.flatMap((field): TranslatableField[] => {
    if ('name' in field && field.name) {
      if (field.type === 'array' && !field.localized) {
        return translatableFields(field.fields)
          .filter((inner) => !inner.array)
          .map((inner) => ({ ...inner, array: field.name }))
      }
      if (!kinds.has(field.type) || !('localized' in field) || !field.localized) return []
      if (field.admin && 'hidden' in field.admin && field.admin.hidden) return []
      return [
        {
          path: field.name,
          kind: field.type as TranslatableKind,
          required: Boolean('required' in field && field.required),
          ...('maxLength' in field && typeof field.maxLength === 'number'
            ? { maxLength: field.maxLength }
            : {}),
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

/** The top-level field a translatable field is stored in: what a query selects. */
export function storedIn(field: TranslatableField): string {
  return field.array ?? field.path
}

type Row = Record<string, unknown> & { id?: unknown }

function rowsOf(doc: Record<string, unknown> | null | undefined, array: string): Row[] {
  const rows = doc?.[array]
  return Array.isArray(rows) ? (rows as Row[]) : []
}

/**
 * The texts of one record: each field once, each field in an array once per row, with the path
 * that names it in the status, in XLIFF unit ids and in the recorded source fingerprints.
 */
export function textsOf(
  doc: Record<string, unknown> | null | undefined,
  fields: readonly TranslatableField[],
): TranslatableField[] {
  return fields.flatMap(({ array, ...field }) =>
    array
      ? rowsOf(doc, array)
          .filter((row) => row.id !== undefined && row.id !== null)
          .map((row) => ({ ...field, path: `${array}.${String(row.id)}.${field.path}` }))
      : [field],
  )
}

/** A path textsOf names, as the array, row id and field of an array row (or null for a field). */
function inRow(path: string): { array: string; rowId: string; name: string } | null {
  const [array, rowId, name, ...more] = path.split('.')
  return array && rowId && name && more.length === 0 ? { array, rowId, name } : null
}

/** The value at a path textsOf names: a field, or a field of the array row with that id. */
export function valueAt(doc: Record<string, unknown> | null | undefined, path: string): unknown {
  const row = inRow(path)
  if (!row) return doc?.[path]
  return rowsOf(doc, row.array).find(({ id }) => String(id) === row.rowId)?.[row.name]
}

/**
 * Data that writes `texts` (path → value, paths as textsOf names them) into `current`, one
 * locale's record: a text in an array row goes into a copy of the whole array, every row kept in
 * its place with its id and shared values as stored, because Payload writes an array whole.
 */
export function dataWithTexts(
  current: Record<string, unknown>,
  texts: Record<string, unknown>,
): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const [path, value] of Object.entries(texts)) {
    const row = inRow(path)
    if (!row) {
      data[path] = value
      continue
    }
    data[row.array] ??= structuredClone(rowsOf(current, row.array))
    const target = (data[row.array] as Row[]).find(({ id }) => String(id) === row.rowId)
    if (target) target[row.name] = value
  }
  return data
}
