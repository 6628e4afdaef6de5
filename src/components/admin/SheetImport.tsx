'use client'

import { useState } from 'react'

/** The dry-run report the import endpoint answers (src/sheet/endpoints.ts). */
type Report = {
  mode: 'draft' | 'publish'
  applied: boolean
  counts: { create: number; update: number; unchanged: number; errors: number }
  create: { row: number; slug: string }[]
  update: { row: number; slug: string; columns: string[] }[]
  errors: { row: number; column?: string; message: string }[]
}

export type SheetImportText = Record<
  | 'title'
  | 'file'
  | 'publish'
  | 'check'
  | 'apply'
  | 'applied'
  | 'create'
  | 'update'
  | 'unchanged'
  | 'errors'
  | 'row'
  | 'column'
  | 'problem'
  | 'draftNote'
  | 'publishNote'
  | 'export',
  string
>

/**
 * Above the enterprise and platform lists: export the list as XLSX or CSV, and import a sheet.
 * The file is first checked (a dry run that writes nothing) and the report shown; Apply sends the
 * same file again with `apply=1`, and the server writes it all or nothing.
 */
export function SheetImport({
  endpoint,
  exportUrl,
  text,
}: {
  endpoint: string
  exportUrl: string
  text: SheetImportText
}) {
  const [file, setFile] = useState<File | null>(null)
  const [publish, setPublish] = useState(false)
  const [report, setReport] = useState<Report | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function send(apply: boolean) {
    if (!file) return
    setBusy(true)
    setRefusal(null)
    const query = new URLSearchParams({ apply: apply ? '1' : '0', publish: publish ? '1' : '0' })
    const response = await fetch(`${endpoint}?${query}`, {
      method: 'POST',
      credentials: 'include',
      body: file,
    })
    const body = (await response.json().catch(() => ({}))) as Partial<Report> & {
      errors?: { message: string }[]
    }
    setBusy(false)
    if ('counts' in body && body.counts) setReport(body as Report)
    else {
      setReport(null)
      setRefusal(body.errors?.map((error) => error.message).join(' ') ?? String(response.status))
    }
  }

  return (
    <section className="sheet-import" style={{ marginBottom: '1.5rem' }}>
      <h2 style={{ fontSize: '1rem' }}>{text.title}</h2>
      <p>
        {text.export}: <a href={`${exportUrl}?format=xlsx`}>XLSX</a> ·{' '}
        <a href={`${exportUrl}?format=csv`}>CSV</a>
      </p>
      <label>
        {text.file}{' '}
        <input
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null)
            setReport(null)
          }}
        />
      </label>{' '}
      <label>
        <input
          type="checkbox"
          checked={publish}
          onChange={(event) => {
            setPublish(event.target.checked)
            setReport(null)
          }}
        />{' '}
        {text.publish}
      </label>{' '}
      <button type="button" disabled={!file || busy} onClick={() => void send(false)}>
        {text.check}
      </button>
      {refusal && <p role="alert">{refusal}</p>}
      {report && (
        <div aria-live="polite">
          <p>
            {report.applied ? `${text.applied} ` : ''}
            {text.create}: {report.counts.create} · {text.update}: {report.counts.update} ·{' '}
            {text.unchanged}: {report.counts.unchanged} · {text.errors}: {report.counts.errors}
            <br />
            {report.mode === 'publish' ? text.publishNote : text.draftNote}
          </p>
          {report.errors.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th>{text.row}</th>
                  <th>{text.column}</th>
                  <th>{text.problem}</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((error, index) => (
                  <tr key={index}>
                    <td>{error.row}</td>
                    <td>{error.column ?? ''}</td>
                    <td>{error.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {report.update.length + report.create.length > 0 && (
            <ul>
              {report.create.map((row) => (
                <li key={`c${row.row}`}>
                  {text.row} {row.row}: {text.create} {row.slug}
                </li>
              ))}
              {report.update.map((row) => (
                <li key={`u${row.row}`}>
                  {text.row} {row.row}: {text.update} {row.slug} ({row.columns.join(', ')})
                </li>
              ))}
            </ul>
          )}
          {!report.applied &&
            report.errors.length === 0 &&
            report.counts.create + report.counts.update > 0 && (
              <button type="button" disabled={busy} onClick={() => void send(true)}>
                {text.apply}
              </button>
            )}
        </div>
      )}
    </section>
  )
}
