import type { Payload } from 'payload'
import { readSheet } from 'read-excel-file/node'

import { maxUploadBytes } from '@/domain/uploadLimits'
import { seed } from '@/seed/seed'
import { writeTable } from '@/sheet/files'

import { createUser, createUsers, type TestUser } from '../helpers/fixtures'
import { describeDatabase, useTestPayload } from '../helpers/payload'
import { rest, type RestResponse } from '../helpers/rest'

type Report = {
  applied: boolean
  mode: string
  counts: { create: number; update: number; unchanged: number; errors: number }
  create: { row: number; slug: string }[]
  update: { row: number; slug: string; columns: string[] }[]
  errors: { row: number; column?: string; message: string }[]
}

/** Each case saves whole records through the Local API on a machine other tests share. */
const slow = 60_000

const bom = Buffer.from([0xef, 0xbb, 0xbf])

/** CSV as Excel's "CSV UTF-8" writes it: quoted where needed, CRLF, BOM unless told otherwise. */
function csv(rows: (string | number)[][], { withBom = true, delimiter = ',' } = {}): Buffer {
  const quote = (cell: string | number) => {
    const text = String(cell)
    return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  const text = rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n'
  return Buffer.concat([withBom ? bom : Buffer.alloc(0), Buffer.from(text, 'utf8')])
}

describeDatabase('spreadsheet import and export of enterprises and platforms', () => {
  let payload: Payload
  let editorToken: string
  let germanToken: string
  let german: TestUser

  useTestPayload(
    'sheet',
    async (booted) => {
      payload = booted
      await seed(payload)
      const users = await createUsers(payload)
      german = users.translator
      editorToken = await tokenOf(users.editor)
      germanToken = await tokenOf(german)
    },
    300_000,
  )

  const tokenOf = async (user: TestUser) =>
    (
      await payload.login({
        collection: 'users',
        data: {
          email: (user as unknown as { email: string }).email,
          password: 'correct horse battery',
        },
      })
    ).token as string

  const importSheet = (
    collection: string,
    body: Buffer,
    { token = editorToken, query = '' }: { token?: string; query?: string } = {},
  ) =>
    rest('POST', `/api/import/${collection}${query ? `?${query}` : ''}`, {
      raw: new Uint8Array(body),
      contentType: 'application/octet-stream',
      token,
    })
  /** The exported file's bytes (the REST helper reads answers as text). */
  const exportSheet = async (collection: string, format: 'xlsx' | 'csv') => {
    const { GET } = (await import('@/app/(payload)/api/[...slug]/route')) as unknown as {
      GET: (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
    }
    const response = await GET(
      new Request(`http://localhost:3000/api/export/${collection}?format=${format}`, {
        headers: { authorization: `JWT ${editorToken}` },
      }),
      { params: Promise.resolve({ slug: ['export', collection] }) },
    )
    expect(response.status).toBe(200)
    return Buffer.from(await response.arrayBuffer())
  }
  /** Everything stored for a collection: each record in every locale, and its version history. */
  const snapshot = async (collection: 'enterprises' | 'platforms') => ({
    docs: (
      await payload.find({
        collection,
        locale: 'all',
        draft: true,
        depth: 0,
        pagination: false,
        sort: 'id',
      })
    ).docs,
    versions: (await payload.findVersions({ collection, limit: 1, depth: 0 })).totalDocs,
  })
  const report = (response: RestResponse) => response.json as unknown as Report

  it(
    'exports XLSX and CSV that import back unchanged, Chinese intact, with and without the BOM',
    async () => {
      const before = await snapshot('enterprises')
      const count = before.docs.length
      expect(count).toBeGreaterThan(0)
      const first = before.docs[0] as unknown as { slug: string; name: { zh: string } }
      expect(first.name.zh).toMatch(/[\u4e00-\u9fff]/)

      const xlsx = await exportSheet('enterprises', 'xlsx')
      const sheet = await readSheet(xlsx)
      expect(sheet[0]).toEqual(expect.arrayContaining(['slug', 'name_zh', 'name_de', 'name_en']))
      expect(sheet.flat()).toContain(first.name.zh)

      const csvFile = await exportSheet('enterprises', 'csv')
      expect(csvFile.subarray(0, 3).equals(bom)).toBe(true)
      expect(csvFile.toString('utf8')).toContain(first.name.zh)

      for (const file of [xlsx, csvFile, csvFile.subarray(3)]) {
        const dryRun = await importSheet('enterprises', file)
        expect(dryRun.status).toBe(200)
        expect(report(dryRun).counts).toEqual({ create: 0, update: 0, unchanged: count, errors: 0 })
      }
      // Applied, an unchanged sheet writes nothing either.
      expect((await importSheet('enterprises', xlsx, { query: 'apply=1' })).status).toBe(200)
      expect(await snapshot('enterprises')).toEqual(before)
    },
    slow,
  )

  it(
    'creates and updates on apply, as drafts, and exports them again as imported',
    async () => {
      const platforms = await exportSheet('platforms', 'xlsx')
      const rows = (await readSheet(platforms)) as (string | number | boolean | null)[][]
      const header = rows[0] as string[]
      const slugAt = header.indexOf('slug')
      const enAt = header.indexOf('name_en')
      const zhAt = header.indexOf('name_zh')
      const typeAt = header.indexOf('type')
      const changed = rows.map((row) => [...row])
      changed[1]![enAt] = 'Renamed platform'
      const added = header.map(() => null as string | number | boolean | null)
      added[slugAt] = 'sheet-new-platform'
      added[zhAt] = '新的合作平台（测试）'
      added[typeAt] = 'incubator'
      changed.push(added)
      const file = await writeTable('xlsx', header, changed.slice(1))

      const dryRun = report(await importSheet('platforms', file))
      expect(dryRun).toMatchObject({ applied: false, mode: 'draft', errors: [] })
      expect(dryRun.create).toEqual([{ row: changed.length, slug: 'sheet-new-platform' }])
      expect(dryRun.update).toEqual([{ row: 2, slug: changed[1]![slugAt], columns: ['name_en'] }])

      const applied = await importSheet('platforms', file, { query: 'apply=1' })
      expect(applied.status).toBe(200)
      expect(report(applied).applied).toBe(true)

      const created = await payload.find({
        collection: 'platforms',
        where: { slug: { equals: 'sheet-new-platform' } },
        draft: true,
        locale: 'zh',
      })
      expect(created.docs[0]).toMatchObject({ name: '新的合作平台（测试）', _status: 'draft' })
      // A draft: the public does not see it.
      const anonymous = await rest('GET', '/api/platforms?where[slug][equals]=sheet-new-platform')
      expect(anonymous.json.totalDocs).toBe(0)

      const again = (await readSheet(await exportSheet('platforms', 'xlsx'))) as unknown[][]
      expect(again).toEqual(
        expect.arrayContaining([
          expect.arrayContaining(['sheet-new-platform', '新的合作平台（测试）']),
          expect.arrayContaining(['Renamed platform']),
        ]),
      )
      expect(report(await importSheet('platforms', file)).counts).toMatchObject({
        create: 0,
        update: 0,
      })
    },
    slow,
  )

  it(
    'a dry run writes nothing',
    async () => {
      const before = await snapshot('enterprises')
      const file = csv([
        ['slug', 'name_zh', 'yearArrived'],
        ['sheet-dry-run', '试运行企业', 2020],
      ])
      const dryRun = await importSheet('enterprises', file)
      expect(report(dryRun).counts.create).toBe(1)
      expect(await snapshot('enterprises')).toEqual(before)
    },
    slow,
  )

  it(
    'one bad row applies nothing and is reported by row and column',
    async () => {
      const before = await snapshot('enterprises')
      const file = csv(
        [
          ['slug', 'name_zh', 'yearArrived', 'industry'],
          ['sheet-good-1', '好企业一', 2001, 'machinery'],
          ['sheet-good-2', '好企业二', 2002, 'automotive'],
          ['sheet-bad', '坏企业', 'nineteen', 'spaceships'],
        ],
        { delimiter: ';', withBom: false },
      )
      const response = await importSheet('enterprises', file, { query: 'apply=1' })
      expect(response.status).toBe(400)
      expect(report(response).applied).toBe(false)
      expect(report(response).errors).toEqual([
        { row: 4, column: 'yearArrived', message: expect.stringContaining('nineteen') },
        { row: 4, column: 'industry', message: expect.stringContaining('spaceships') },
      ])
      expect(await snapshot('enterprises')).toEqual(before)
    },
    slow,
  )

  it(
    'translators change only their own locale columns of existing records',
    async () => {
      const xlsx = await exportSheet('enterprises', 'xlsx')
      const rows = (await readSheet(xlsx)) as (string | number | boolean | null)[][]
      const header = rows[0] as string[]
      const at = (name: string) => header.indexOf(name)
      const withCell = (name: string, value: string | number) => {
        const copy = rows.map((row) => [...row])
        copy[1]![at(name)] = value
        return writeTable('xlsx', header, copy.slice(1))
      }
      const before = await snapshot('enterprises')

      const english = await importSheet('enterprises', await withCell('name_en', 'Other name'), {
        token: germanToken,
        query: 'apply=1',
      })
      expect(english.status).toBe(403)
      expect(english.text).toContain('name_en')
      const shared = await importSheet('enterprises', await withCell('yearArrived', 1999), {
        token: germanToken,
      })
      expect(shared.status).toBe(403)
      expect(shared.text).toContain('yearArrived')
      const newRow = await importSheet(
        'enterprises',
        csv([
          ['slug', 'name_de'],
          ['sheet-translator-new', 'Neu'],
        ]),
        { token: germanToken },
      )
      expect(newRow.status).toBe(403)
      expect(await snapshot('enterprises')).toEqual(before)

      // Their own column, in the whole exported sheet (other columns unchanged): applied as a draft.
      const german = await importSheet(
        'enterprises',
        await withCell('name_de', 'Neuer deutscher Name'),
        { token: germanToken, query: 'apply=1' },
      )
      expect(german.status).toBe(200)
      expect(report(german).update).toEqual([
        { row: 2, slug: rows[1]![at('slug')], columns: ['name_de'] },
      ])
      const stored = await payload.find({
        collection: 'enterprises',
        where: { slug: { equals: rows[1]![at('slug')] as string } },
        draft: true,
        locale: 'de',
        depth: 0,
      })
      expect(stored.docs[0]?.name).toBe('Neuer deutscher Name')
      // Only editors publish from a sheet.
      const publish = await importSheet('enterprises', xlsx, {
        token: germanToken,
        query: 'publish=1',
      })
      expect(publish.status).toBe(403)
    },
    slow,
  )

  it(
    'an editor may publish: each changed locale goes live',
    async () => {
      const file = csv([
        ['slug', 'name_zh', 'name_de', 'type'],
        ['sheet-published', '已发布平台', 'Veröffentlichte Plattform', 'education'],
      ])
      const dryRun = report(await importSheet('platforms', file, { query: 'publish=1' }))
      expect(dryRun.mode).toBe('publish')
      const applied = await importSheet('platforms', file, { query: 'publish=1&apply=1' })
      expect(applied.status).toBe(200)
      const read = async (locale: string) =>
        (await rest('GET', `/api/platforms?locale=${locale}&where[slug][equals]=sheet-published`))
          .json as unknown as { docs: { name: string }[] }
      expect((await read('zh')).docs[0]?.name).toBe('已发布平台')
      expect((await read('de')).docs[0]?.name).toBe('Veröffentlichte Plattform')
    },
    slow,
  )

  it(
    'answers bad requests with a 4xx that names the problem, storing nothing',
    async () => {
      const before = await snapshot('enterprises')
      const good = csv([
        ['slug', 'name_zh'],
        ['sheet-x', '某企业'],
      ])
      const cases: [string, Promise<RestResponse>, number, string][] = [
        [
          'anonymous',
          rest('POST', '/api/import/enterprises', { raw: new Uint8Array(good) }),
          401,
          'Sign in',
        ],
        ['anonymous export', rest('GET', '/api/export/enterprises?format=csv'), 401, 'Sign in'],
        ['unknown collection', importSheet('users', good), 404, 'users'],
        ['empty body', importSheet('enterprises', Buffer.alloc(0)), 400, 'request body'],
        [
          'legacy code page',
          importSheet('enterprises', Buffer.from('slug,name_zh\r\nx,\xc4\xe3\r\n', 'latin1')),
          400,
          'CSV UTF-8',
        ],
        [
          'broken workbook',
          importSheet('enterprises', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64)])),
          400,
          'XLSX',
        ],
        [
          'unknown column',
          importSheet(
            'enterprises',
            csv([
              ['slug', 'name_fr'],
              ['x', 'y'],
            ]),
          ),
          400,
          'name_fr',
        ],
        ['no slug column', importSheet('enterprises', csv([['name_zh'], ['某']])), 400, 'slug'],
        [
          'column twice',
          importSheet(
            'enterprises',
            csv([
              ['slug', 'name_zh', 'name_zh'],
              ['x', 'a', 'b'],
            ]),
          ),
          400,
          'name_zh',
        ],
        ['bad flag', importSheet('enterprises', good, { query: 'apply=yes' }), 400, 'apply'],
        [
          'bad format',
          rest('GET', '/api/export/enterprises?format=pdf', { token: editorToken }),
          400,
          'pdf',
        ],
        [
          'too large',
          rest('POST', '/api/import/enterprises', {
            raw: new Uint8Array(maxUploadBytes + 1024 * 1024),
            token: editorToken,
          }),
          413,
          'MB',
        ],
      ]
      for (const [name, pending, status, words] of cases) {
        const response = await pending
        expect({ name, status: response.status }).toEqual({ name, status })
        expect(response.text).toContain(words)
      }
      // A new record without its required Chinese name, and a platform without its type.
      const missing = report(
        await importSheet(
          'platforms',
          csv([
            ['slug', 'name_de'],
            ['sheet-no-name', 'Nur Deutsch'],
          ]),
        ),
      )
      expect(missing.errors).toEqual(
        expect.arrayContaining([
          { row: 2, column: 'name_zh', message: expect.any(String) },
          { row: 2, column: 'type', message: expect.any(String) },
        ]),
      )
      expect(await snapshot('enterprises')).toEqual(before)
    },
    slow,
  )

  it(
    "runs the fields' own rules in the dry run: slug letters, year range, web address",
    async () => {
      const response = await importSheet(
        'enterprises',
        csv([
          ['slug', 'name_zh', 'yearArrived', 'website'],
          ['Bad Slug', '某企业', 2001, ''],
          ['sheet-rules', '某企业', 1066, 'javascript:alert(1)'],
        ]),
        { query: 'apply=1' },
      )
      expect(response.status).toBe(400)
      expect(report(response).errors).toEqual([
        { row: 2, column: 'slug', message: expect.any(String) },
        { row: 3, column: 'yearArrived', message: expect.any(String) },
        { row: 3, column: 'website', message: expect.any(String) },
      ])
    },
    slow,
  )

  it(
    'refuses a reference to no record, by row and column',
    async () => {
      const response = await importSheet(
        'enterprises',
        csv([
          ['slug', 'name_zh', 'platform'],
          ['sheet-ref', '某企业', 999999],
        ]),
      )
      expect(response.status).toBe(400)
      expect(report(response).errors).toEqual([
        { row: 2, column: 'platform', message: expect.stringContaining('999999') },
      ])
    },
    slow,
  )

  // The German translator's account is used above; keep a second one for a translator of no locale.
  it(
    'a translator without locales may still not write',
    async () => {
      const nobody = await createUser(payload, ['translator'], [])
      const token = await tokenOf(nobody)
      const xlsx = await exportSheet('enterprises', 'xlsx')
      const rows = (await readSheet(xlsx)) as (string | number | boolean | null)[][]
      const header = rows[0] as string[]
      const copy = rows.map((row) => [...row])
      copy[1]![header.indexOf('name_de')] = 'Nicht erlaubt'
      const response = await importSheet(
        'enterprises',
        await writeTable('xlsx', header, copy.slice(1)),
        {
          token,
        },
      )
      expect(response.status).toBe(403)
      expect(response.text).toContain('name_de')
    },
    slow,
  )
})
