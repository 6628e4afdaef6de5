import { ClientError } from '@/http/clientError'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { canEditLocale } from '@/access/canEditLocale'
import { isEditorUser } from '@/access/roles'
import { sourceLocale, type Locale } from '@/i18n/locales'

import {
  cellOf,
  keyColumn,
  sameCell,
  sheetColumns,
  storedValue,
  valueOf,
  type Cell,
  type Column,
} from './columns'
import { publishedFieldName } from '@/translation/publishing'
import { recordIdFrom } from '@/translation/recordId'
import { translationSourcesFieldName } from '@/translation/sourceTracking'

import type { Table } from './files'

/** One problem with one cell (or one row, without a column), numbered as the spreadsheet shows it. */
export type RowError = { row: number; column?: string; message: string }

/** A row that creates or updates a record: the values per locale, shared ones under `null`. */
export type RowWrite = {
  row: number
  slug: string
  id: number | string | null
  /** Changed values by locale; shared fields under the source locale's write (first). */
  data: Map<Locale, Record<string, unknown>>
  columns: string[]
}

export type SheetPlan = {
  collection: CollectionSlug
  creates: RowWrite[]
  updates: RowWrite[]
  unchanged: number[]
  errors: RowError[]
}

/**
 * The dry run: every row checked against the collection's columns and the stored records (their
 * latest drafts, what the admin shows), nothing written. Rows are matched on their slug; a row
 * whose cells all equal the stored values is unchanged. Translators may change only their own
 * locales' columns of existing records; any other cell that differs is refused with a 403 naming it.
 */
export async function planImport(
  req: PayloadRequest,
  collection: CollectionSlug,
  table: Table,
): Promise<SheetPlan> {
  const all = sheetColumns(req.payload.collections[collection].config.fields)
  const columns = headerColumns(all, table.header)
  const editor = isEditorUser(req.user)
  const stored = await storedRecords(
    req,
    collection,
    columns.flatMap((column) => (column ? [column.field] : [])),
  )
  const references = await existingReferences(req, columns, table.rows)
  const plan: SheetPlan = { collection, creates: [], updates: [], unchanged: [], errors: [] }
  const seen = new Map<string, number>()
  const keyIndex = table.header.indexOf(keyColumn)
  const keyField = all.find((column) => column.name === keyColumn)!

  for (const [index, cells] of table.rows.entries()) {
    const row = index + 2
    if (cells.every((cell) => cell === null || cell === '')) continue
    const slug = String(cells[keyIndex] ?? '').trim()
    if (!slug) {
      plan.errors.push({ row, column: keyColumn, message: 'is required: rows are matched on it' })
      continue
    }
    const earlier = seen.get(slug)
    if (earlier !== undefined) {
      plan.errors.push({ row, column: keyColumn, message: `"${slug}" is also in row ${earlier}` })
      continue
    }
    seen.set(slug, row)
    const record = stored.get(slug)
    if (!record && !editor) {
      throw new ClientError(
        403,
        `Row ${row}: translators update existing records only; "${slug}" is new.`,
      )
    }
    if (!record) {
      const refusal = await validateCell(req, collection, keyField, slug).catch(
        (error: Error) => error.message,
      )
      if (refusal) {
        plan.errors.push({ row, column: keyColumn, message: refusal })
        continue
      }
    }
    const write: RowWrite = {
      row,
      slug,
      id: record ? (record.id as number | string) : null,
      data: new Map(),
      columns: [],
    }
    let rowOk = true
    for (const [position, column] of columns.entries()) {
      if (!column || column.name === keyColumn) continue
      const cell = cells[position] ?? null
      let value: unknown
      try {
        value = valueOf(column, cell)
        if (
          column.relationTo &&
          value !== null &&
          !references.get(column.relationTo)?.has(String(value))
        )
          throw new Error(`no ${column.relationTo} record has id ${String(value)}`)
        await validateCell(req, collection, column, value)
      } catch (error) {
        plan.errors.push({ row, column: column.name, message: (error as Error).message })
        rowOk = false
        continue
      }
      const before = record ? storedValue(record, column) : undefined
      if (record && sameCell(cellOf(column, value), cellOf(column, before))) continue
      if (!record && (value === null || value === false)) continue
      if (
        !editor &&
        !(column.locale && column.locale !== sourceLocale && canEditLocale(req.user, column.locale))
      ) {
        throw new ClientError(
          403,
          `Row ${row}, column ${column.name}: translators may change only their own languages' columns (${(req.user?.locales ?? []).map((code) => `*_${code}`).join(', ') || 'none'}).`,
        )
      }
      const locale = column.locale ?? sourceLocale
      const data = write.data.get(locale) ?? {}
      data[column.field] = value
      write.data.set(locale, data)
      write.columns.push(column.name)
    }
    if (!rowOk) continue
    if (!record) {
      // A new record needs its key and, in the source locale, its required fields.
      const source = write.data.get(sourceLocale) ?? {}
      source[keyColumn] = slug
      write.data.set(sourceLocale, source)
      for (const column of all) {
        if (
          column.required &&
          (column.locale ?? sourceLocale) === sourceLocale &&
          source[column.field] == null &&
          column.name !== keyColumn
        ) {
          plan.errors.push({ row, column: column.name, message: 'is required for a new record' })
          rowOk = false
        }
      }
      if (rowOk) plan.creates.push(write)
    } else if (write.columns.length > 0) plan.updates.push(write)
    else plan.unchanged.push(row)
  }
  return plan
}

/** The header's names as columns of this collection (null for a blank header cell); refuses unknown or repeated names. */
function headerColumns(all: Column[], header: readonly string[]): (Column | null)[] {
  const byName = new Map(all.map((column) => [column.name, column]))
  if (!header.includes(keyColumn))
    throw new ClientError(400, `The sheet has no "${keyColumn}" column: rows are matched on it.`)
  const unknown = header.filter((name) => name !== '' && !byName.has(name))
  if (unknown.length > 0)
    throw new ClientError(
      400,
      `Unknown column(s): ${unknown.join(', ')}. This collection's columns: ${all.map((column) => column.name).join(', ')}.`,
    )
  const repeated = header.filter((name, index) => name !== '' && header.indexOf(name) !== index)
  if (repeated.length > 0)
    throw new ClientError(400, `Column(s) named twice: ${[...new Set(repeated)].join(', ')}.`)
  return header.map((name) => byName.get(name) ?? null)
}

/**
 * Every record's latest draft in every locale, by slug. Read as the bulk draft writes read it
 * (src/translation/draftWrites.ts): one query of the latest versions. Payload's `find` with
 * `draft: true` looks up each record's latest version on its own, which took 7 s for 500 records.
 * Given `fields`, only those are read (with the slug and the workflow's fields): the version
 * table's rich text and relationships cost most of the read, and a dry run of 5,000 rows has 3 s.
 * Records without a version history (none since drafts are on) are read from the collection.
 */
export async function storedRecords(
  req: PayloadRequest,
  collection: CollectionSlug,
  fields?: readonly string[],
): Promise<Map<string, Record<string, unknown>>> {
  const select: Record<string, true> | undefined = fields
    ? Object.fromEntries(
        [...fields, keyColumn, publishedFieldName, translationSourcesFieldName, '_status'].map(
          (field) => [field, true as const],
        ),
      )
    : undefined
  const { docs: versions } = await req.payload.db.findVersions({
    collection,
    where: { latest: { equals: true } },
    locale: 'all',
    pagination: false,
    limit: 0,
    sort: 'parent',
    ...(select ? { select: { parent: true, version: select } } : {}),
    req: { ...req },
  })
  const byId = new Map<string, Record<string, unknown>>(
    versions.map((doc) => [
      String(doc.parent),
      { ...(doc.version as Record<string, unknown>), id: doc.parent },
    ]),
  )
  // Payload's adapter directly: the ids and slugs need no hooks, and `find` runs every record's
  // afterRead field traversal.
  const { docs: slugs } = await req.payload.db.find({
    collection,
    locale: 'all',
    pagination: false,
    limit: 0,
    sort: 'id',
    select: { [keyColumn]: true },
    req: { ...req },
  })
  const ids = slugs.map((doc) => doc.id as number | string)
  const unversioned = ids.filter((id) => !byId.has(String(id)))
  if (unversioned.length > 0) {
    const { docs } = await req.payload.find({
      collection,
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      sort: 'id',
      where: { id: { in: unversioned } },
      req: { ...req },
    })
    for (const doc of docs) byId.set(String(doc.id), doc as unknown as Record<string, unknown>)
  }
  const stored = new Map<string, Record<string, unknown>>()
  for (const id of ids) {
    const record = byId.get(String(id))
    if (record) stored.set(String(record[keyColumn]), record)
  }
  return stored
}

/** The ids the sheet's reference columns name that exist, per related collection. */
async function existingReferences(
  req: PayloadRequest,
  columns: readonly (Column | null)[],
  rows: readonly Cell[][],
): Promise<Map<string, Set<string>>> {
  const wanted = new Map<CollectionSlug, Set<string>>()
  columns.forEach((column, position) => {
    if (!column?.relationTo) return
    const ids = wanted.get(column.relationTo) ?? new Set()
    for (const cells of rows) {
      const cell = cells[position]
      // Only what can be an id is asked for: SQL fails on `id in ('abc')` instead of finding nothing.
      const id = cell === null || cell === undefined ? null : String(cell).trim()
      if (id && recordIdFrom(req.payload, id, column.relationTo) !== null) ids.add(id)
    }
    wanted.set(column.relationTo, ids)
  })
  const found = new Map<string, Set<string>>()
  for (const [collection, ids] of wanted) {
    const { docs } =
      ids.size === 0
        ? { docs: [] }
        : await req.payload.find({
            collection,
            where: { id: { in: [...ids] } },
            depth: 0,
            pagination: false,
            overrideAccess: true,
            draft: true,
            select: {},
            req: { ...req },
          })
    found.set(collection, new Set(docs.map((doc) => String(doc.id))))
  }
  return found
}

/**
 * The field's own validator on a filled cell (the year's range, a web address, a slug's letters,
 * a text's length), called as a save calls it, so the dry run reports what the apply would refuse.
 * Empty cells are the `required` rule's, decided per locale.
 */
async function validateCell(
  req: PayloadRequest,
  collectionSlug: CollectionSlug,
  column: Column,
  value: unknown,
): Promise<void> {
  if (!column.validate || value === null || value === undefined || value === '') return
  const result = await column.validate(value, {
    ...column.config,
    req,
    data: {},
    siblingData: {},
    operation: 'update',
    event: 'submit',
    path: [column.field],
    preferences: { fields: {} },
    collectionSlug,
  })
  if (result !== true) throw new Error(result)
}
