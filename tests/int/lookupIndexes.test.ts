import type { Payload } from 'payload'

import { testDialect } from '../helpers/database'
import { describeDatabase, useTestPayload } from '../helpers/payload'

type Row = Record<string, unknown>

/**
 * The catalogue of the database the tests' migrations built, read through the adapter's own
 * client: which columns each table has, and the columns of each index in order. Raw SQL in a
 * test only; the app reads nothing this way.
 */
async function catalogue(payload: Payload) {
  const sqliteQueries = {
    columns: `SELECT m.name AS tbl, p.name AS col FROM sqlite_master m, pragma_table_info(m.name) p
      WHERE m.type = 'table'`,
    indexes: `SELECT tbl, idx, group_concat(col) AS cols FROM (
        SELECT m.tbl_name AS tbl, m.name AS idx, i.name AS col FROM sqlite_master m,
          pragma_index_info(m.name) i WHERE m.type = 'index' ORDER BY m.name, i.seqno
      ) GROUP BY tbl, idx`,
  }
  const postgresQueries = {
    columns: `SELECT table_name AS tbl, column_name AS col FROM information_schema.columns
      WHERE table_schema = current_schema()`,
    indexes: `SELECT t.relname AS tbl, i.relname AS idx, array_to_string(array(
        SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord
      ), ',') AS cols
      FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = current_schema()`,
  }
  const db = payload.db as unknown as {
    client?: { execute: (sql: string) => Promise<{ rows: Row[] }> }
    pool?: { query: (sql: string) => Promise<{ rows: Row[] }> }
  }
  const run =
    testDialect() === 'postgres'
      ? (sql: string) => db.pool!.query(sql)
      : (sql: string) => db.client!.execute(sql)
  const queries = testDialect() === 'postgres' ? postgresQueries : sqliteQueries
  const columns = new Map<string, Set<string>>()
  for (const { tbl, col } of (await run(queries.columns)).rows) {
    const set = columns.get(String(tbl)) ?? new Set<string>()
    set.add(String(col))
    columns.set(String(tbl), set)
  }
  const indexes = new Map<string, string[]>()
  for (const { tbl, cols } of (await run(queries.indexes)).rows) {
    indexes.set(String(tbl), [...(indexes.get(String(tbl)) ?? []), String(cols)])
  }
  return { columns, indexes }
}

/**
 * src/db/lookupIndexes.ts adds two indexes Payload's schema leaves out, for lookups every draft
 * save makes; the committed migrations must create them, or each save scans whole tables.
 */
describeDatabase('the lookup indexes are in the migrated schema', () => {
  let built: Awaited<ReturnType<typeof catalogue>>

  useTestPayload('lookupindexes', async (payload) => {
    built = await catalogue(payload)
  })

  const tablesWith = (suffix: string, needed: string[]) =>
    [...built.columns]
      .filter(([name, cols]) => name.endsWith(suffix) && needed.every((col) => cols.has(col)))
      .map(([name]) => name)
      .sort()

  it('indexes every table of localized values by the record it belongs to', () => {
    const tables = tablesWith('_locales', ['_parent_id'])
    // Every content collection's values and its drafts' values, among the others.
    for (const slug of ['milestones', 'events', 'enterprises', 'platforms'])
      expect(tables).toEqual(expect.arrayContaining([`${slug}_locales`, `_${slug}_v_locales`]))
    const unindexed = tables.filter((table) => !built.indexes.get(table)?.includes('_parent_id'))
    expect(unindexed).toEqual([])
  })

  it('indexes every version table by (record, latest), the lookup of the latest draft', () => {
    const tables = tablesWith('_v', ['parent_id', 'latest'])
    expect(tables).toEqual(
      expect.arrayContaining(['_milestones_v', '_events_v', '_enterprises_v', '_platforms_v']),
    )
    const unindexed = tables.filter(
      (table) => !built.indexes.get(table)?.includes('parent_id,latest'),
    )
    expect(unindexed).toEqual([])
  })
})
