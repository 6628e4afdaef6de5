import type { Field } from 'payload'

type Data = Record<string, unknown>

/**
 * The paths of shared (non-localized) fields whose value in `data` differs from `original`.
 *
 * A translator's save from the admin sends the whole form, shared fields included, unchanged; a
 * translator's API call may send only the text it changes. Either is fine as long as no shared
 * value actually changes, so this compares values instead of rejecting keys. Fields absent from
 * `data` are not being written and are skipped. A localized field may hold anything: it is
 * written in the request's locale only.
 */
export function sharedFieldChanges(
  fields: readonly Field[],
  data: Data,
  original: Data | null | undefined,
  prefix = '',
): string[] {
  const changes: string[] = []
  for (const field of fields) {
    if (field.type === 'ui') continue
    if (field.type === 'tabs') {
      // A named tab nests its data like a group; an unnamed one keeps its fields at this level.
      const asFields = field.tabs.map((tab): Field =>
        'name' in tab && tab.name
          ? { type: 'group', name: tab.name, localized: tab.localized, fields: tab.fields }
          : { type: 'row', fields: tab.fields },
      )
      changes.push(...sharedFieldChanges(asFields, data, original, prefix))
      continue
    }
    if (!('name' in field) || !field.name) {
      // Presentational containers (row, collapsible, unnamed group) keep their fields at this level.
      if ('fields' in field)
        changes.push(...sharedFieldChanges(field.fields, data, original, prefix))
      continue
    }
    const { name } = field
    if (!(name in data)) continue
    if ('localized' in field && field.localized) continue
    const path = `${prefix}${name}`
    const next = data[name]
    const before = original?.[name]

    if (field.type === 'group') {
      changes.push(...sharedFieldChanges(field.fields, asData(next), asData(before), `${path}.`))
    } else if (field.type === 'array') {
      changes.push(...arrayChanges(field.fields, next, before, path))
    } else if (!sameValue(field.type, next, before)) {
      changes.push(path)
    }
  }
  return changes
}

/**
 * Rows may not be added, removed or reordered; inside a row, localized fields stay writable. Each
 * row must carry the id of the stored row in its place: Payload stores a row without an id, or
 * with another one, as a new row, which drops that row's text in every other locale.
 */
function arrayChanges(fields: Field[], next: unknown, before: unknown, path: string): string[] {
  const nextRows = asRows(next)
  const beforeRows = asRows(before)
  if (nextRows.length !== beforeRows.length) return [path]
  return nextRows.flatMap((row, index) => {
    const stored = beforeRows[index]
    if (rowId(row) !== rowId(stored)) return [`${path}.${index}`]
    return sharedFieldChanges(fields, row, stored, `${path}.${index}.`)
  })
}

function rowId(row: Data | undefined): string | null {
  const id = row?.id
  return id === undefined || id === null || id === '' ? null : String(id)
}

function asData(value: unknown): Data {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {}
}

function asRows(value: unknown): Data[] {
  return Array.isArray(value) ? value.map(asData) : []
}

function sameValue(type: Field['type'], a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(type, a)) === JSON.stringify(normalize(type, b))
}

/** One spelling per value: forms, REST and the database each write ids, dates and blanks their own way. */
function normalize(type: Field['type'], value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) {
    return value.length === 0 ? null : value.map((item) => normalize(type, item))
  }
  if (type === 'relationship' || type === 'upload' || type === 'join') {
    if (typeof value === 'object') {
      const ref = value as { id?: unknown; relationTo?: unknown; value?: unknown }
      if ('relationTo' in ref && 'value' in ref) {
        return { relationTo: ref.relationTo, value: normalize(type, ref.value) }
      }
      return ref.id === undefined ? value : String(ref.id)
    }
    return String(value)
  }
  if (type === 'date') {
    const time = new Date(value as string).getTime()
    return Number.isNaN(time) ? value : time
  }
  if (type === 'number' && typeof value === 'string' && value.trim() !== '') {
    return Number(value)
  }
  if (typeof value === 'object') return sortKeys(value as Data)
  return value
}

function sortKeys(value: Data): Data {
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => {
        const item = value[key]
        return [
          key,
          item && typeof item === 'object' && !Array.isArray(item) ? sortKeys(item as Data) : item,
        ]
      }),
  )
}

/**
 * Whether `data` writes any shared field at all. Most translator saves (an XLIFF import, an API
 * call with text only) carry none, and then there is no stored record to load and compare.
 */
export function writesSharedFields(fields: readonly Field[], data: Data): boolean {
  return fields.some((field) => {
    if (field.type === 'ui') return false
    if (field.type === 'tabs') {
      return field.tabs.some((tab) =>
        'name' in tab && tab.name
          ? !tab.localized && tab.name in data
          : writesSharedFields(tab.fields, data),
      )
    }
    if (!('name' in field) || !field.name)
      return 'fields' in field ? writesSharedFields(field.fields, data) : false
    return !('localized' in field && field.localized) && field.name in data
  })
}
