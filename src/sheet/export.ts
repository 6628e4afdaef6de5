import type { CollectionSlug, PayloadRequest } from 'payload'

import { cellOf, sheetColumns, storedValue } from './columns'
import { writeTable, type SheetFormat } from './files'
import { storedRecords } from './plan'

/**
 * Every record of a collection as a sheet in the import's shape: one row per record (its latest
 * draft, what the admin shows), one column per field and per locale of a localized field. Importing
 * the file unchanged reports every row unchanged.
 */
export async function exportSheet(
  req: PayloadRequest,
  collection: CollectionSlug,
  format: SheetFormat,
): Promise<Buffer> {
  const columns = sheetColumns(req.payload.collections[collection].config.fields)
  const records = await storedRecords(req, collection)
  const rows = [...records.values()].map((record) =>
    columns.map((column) => cellOf(column, storedValue(record, column))),
  )
  return writeTable(
    format,
    columns.map((column) => column.name),
    rows,
  )
}
