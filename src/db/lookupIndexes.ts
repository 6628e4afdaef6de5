import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

type Index = typeof sqliteIndex | typeof pgIndex
type Table = Record<string, unknown>
type SchemaHookArgs = {
  schema: { tables: Record<string, Table> }
  extendTable: (args: {
    table: never
    extraConfig: (columns: Record<string, unknown>) => Record<string, unknown>
  }) => void
}

/**
 * Indexes for two lookups Payload makes on every draft save and that its own schema leaves to
 * table scans, so each save got slower as content grew (an XLIFF import of 5,000 records spent
 * most of its time scanning):
 * - localized text lives in `<table>_locales`, keyed by (_locale, _parent_id), but is read,
 *   replaced and cascade-deleted by `_parent_id` alone, which that key cannot serve;
 * - the latest draft is found by (parent, latest), and with only single-column indexes SQLite
 *   picks `latest`, which matches one row per record.
 * The committed migrations create these indexes.
 */
function addLookupIndexes(index: Index) {
  return <Args extends SchemaHookArgs>({ schema, extendTable }: Args) => {
    for (const [name, table] of Object.entries(schema.tables)) {
      if (name.endsWith('_locales') && '_parentID' in table) {
        extendTable({
          table: table as never,
          extraConfig: (columns) => ({
            _parentIDIdx: index(`${name}_parent_id_idx`).on(columns._parentID as never),
          }),
        })
      }
      if (name.endsWith('_v') && 'parent' in table && 'latest' in table) {
        extendTable({
          table: table as never,
          extraConfig: (columns) => ({
            parentLatestIdx: index(`${name}_parent_latest_idx`).on(
              columns.parent as never,
              columns.latest as never,
            ),
          }),
        })
      }
    }
    return schema as Args['schema']
  }
}

export const sqliteLookupIndexes = addLookupIndexes(sqliteIndex)
export const postgresLookupIndexes = addLookupIndexes(pgIndex)
