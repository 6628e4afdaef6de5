import { ClientError } from '@/http/clientError'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { readSheet } from 'read-excel-file/node'
import writeXlsxFile from 'write-excel-file/node'

import type { Cell } from './columns'

/** A file's first row (the column names) and its data rows, cells as read. */
export type Table = { format: SheetFormat; header: string[]; rows: Cell[][] }

export const sheetFormats = ['xlsx', 'csv'] as const
export type SheetFormat = (typeof sheetFormats)[number]

const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const utf8Bom = Buffer.from([0xef, 0xbb, 0xbf])

/** Reads an XLSX workbook (its first sheet) or a UTF-8 CSV, told apart by their bytes, not by name. */
export async function readTable(bytes: Buffer): Promise<Table> {
  if (bytes.subarray(0, 4).equals(zipMagic)) return readXlsx(bytes)
  return readCsv(bytes)
}

async function readXlsx(bytes: Buffer): Promise<Table> {
  let data: unknown[][]
  try {
    data = (await readSheet(bytes, { trim: false })) as unknown[][]
  } catch (error) {
    throw new ClientError(400, `The XLSX file could not be read: ${(error as Error).message}`)
  }
  const cells = data.map((row) => row.map(toCell))
  return table('xlsx', cells)
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string')
    return value
  return String(value)
}

function readCsv(bytes: Buffer): Table {
  const body = bytes.subarray(0, 3).equals(utf8Bom) ? bytes.subarray(3) : bytes
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    // Excel's plain "CSV" is saved in the computer's legacy code page (GBK, Windows-1252), which
    // turns Chinese into question marks or mojibake: refused rather than guessed.
    throw new ClientError(
      400,
      'The file is neither XLSX nor UTF-8 text. In Excel, save it as "CSV UTF-8" or as an Excel workbook (.xlsx).',
    )
  }
  let rows: string[][]
  try {
    rows = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][]
  } catch (error) {
    throw new ClientError(400, `The CSV file could not be read: ${(error as Error).message}`)
  }
  return table(
    'csv',
    rows.map((row) => row.map((cell) => (cell === '' ? null : cell))),
  )
}

/**
 * Excel writes CSV with the list separator of the computer's region: a semicolon in Germany and
 * much of Europe, a comma elsewhere. The header row (names without either) tells which.
 */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const counts = [',', ';', '\t'].map((delimiter) => ({
    delimiter,
    count: firstLine.split(delimiter).length,
  }))
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).delimiter
}

function table(format: SheetFormat, cells: Cell[][]): Table {
  const [head, ...rows] = cells
  if (!head || head.every((cell) => cell === null))
    throw new ClientError(400, 'The file has no header row with column names.')
  return { format, header: head.map((cell) => (cell === null ? '' : String(cell).trim())), rows }
}

/** The sheet as a file: an XLSX workbook, or CSV with a UTF-8 BOM so that Excel shows Chinese. */
export async function writeTable(
  format: SheetFormat,
  header: readonly string[],
  rows: readonly Cell[][],
): Promise<Buffer> {
  if (format === 'csv') {
    return Buffer.from(
      stringify([header, ...rows.map((row) => row.map((cell) => cell ?? ''))], {
        bom: true,
        record_delimiter: 'windows',
        cast: { boolean: (value) => (value ? 'TRUE' : 'FALSE') },
      }),
      'utf8',
    )
  }
  return writeXlsxFile([[...header], ...rows.map((row) => [...row])], {
    stickyRowsCount: 1,
  }).toBuffer()
}
