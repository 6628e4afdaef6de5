import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { saveRow } from '@/sheet/apply'
import { createDrafts, updateDrafts } from '@/sheet/bulkDrafts'
import { readTable, writeTable } from '@/sheet/files'
import { planImport, type RowWrite } from '@/sheet/plan'

import { createRecord, createUsers, type TestUser } from '../helpers/fixtures'
import { describeDatabase, useTestPayload } from '../helpers/payload'

/** What differs between two records by construction: their ids, slugs and times. */
const incidental = new Set(['id', 'parent', 'slug', 'createdAt', 'updatedAt'])

function withoutIncidentals(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIncidentals)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !incidental.has(key))
      .map(([key, inner]) => [key, withoutIncidentals(inner)]),
  )
}

const slow = 60_000

/**
 * A spreadsheet's drafts are written in bulk (src/sheet/bulkDrafts.ts), beside Payload's save
 * rather than through it: each record must come out as the ordinary saves of the same row (one
 * Local API save per locale, src/sheet/apply.ts saveRow) leave it, or imported records read and
 * publish differently from typed ones.
 */
describeDatabase('a spreadsheet row written in bulk stores what ordinary saves store', () => {
  let payload: Payload
  let users: { editor: TestUser; translator: TestUser }

  useTestPayload(
    'sheetbulk',
    async (booted) => {
      payload = booted
      users = await createUsers(payload)
    },
    120_000,
  )

  const reqOf = (user: TestUser) => createLocalReq({ user: user as never }, payload)

  /** The plan's write for one row of the sheet, for the record `slug` names. */
  async function rowWrite(
    req: PayloadRequest,
    header: string[],
    row: (string | number)[],
  ): Promise<RowWrite> {
    const table = await readTable(await writeTable('csv', header, [row]))
    const plan = await planImport(req, 'enterprises', table)
    expect(plan.errors).toEqual([])
    const write = plan.creates[0] ?? plan.updates[0]
    if (!write) throw new Error(`row ${JSON.stringify(row)} changes nothing`)
    return write
  }

  async function inTransaction(req: PayloadRequest, work: () => Promise<unknown>) {
    const started = await initTransaction(req)
    await work()
    if (started) await commitTransaction(req)
  }

  /** The record's latest draft in every locale, and its document as stored (the public's source). */
  async function stored(slug: string) {
    const { docs } = await payload.find({
      collection: 'enterprises',
      where: { slug: { equals: slug } },
      locale: 'all',
      depth: 0,
      overrideAccess: true,
      context: { skipLocaleGate: true },
    })
    const id = docs[0]!.id
    const { docs: versions } = await payload.findVersions({
      collection: 'enterprises',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
    })
    const latest = versions[0]!
    return { id, draft: latest.version, latest: latest.latest, status: docs[0]!._status }
  }

  const header = [
    'slug',
    'name_zh',
    'name_de',
    'name_en',
    'industry',
    'yearArrived',
    'website',
    'description_zh',
    'description_de',
  ]
  const values = [
    '太仓精工',
    'Präzisionswerk Taicang',
    'Taicang Precision Works',
    'precision',
    2004,
    'https://example.org/werk',
    '精密零件制造。',
    'Herstellung von Präzisionsteilen.',
  ]

  it(
    'creates the same draft (every locale, defaults, provenance, no locale published)',
    async () => {
      const req = await reqOf(users.editor)
      const ordinary = await rowWrite(req, header, ['sheet-ordinary', ...values])
      const bulk = await rowWrite(req, header, ['sheet-bulk', ...values])
      await inTransaction(req, () => saveRow(req, 'enterprises', ordinary, 'draft'))
      await inTransaction(req, () => createDrafts(req, 'enterprises', [bulk]))

      const [a, b] = [await stored('sheet-ordinary'), await stored('sheet-bulk')]
      expect(withoutIncidentals(b.draft)).toEqual(withoutIncidentals(a.draft))
      expect(b.draft).toMatchObject({
        name: { zh: '太仓精工', de: 'Präzisionswerk Taicang', en: 'Taicang Precision Works' },
        published: { zh: false, de: false, en: false },
        _status: 'draft',
      })
      expect(Object.keys((b.draft as { translationSources: object }).translationSources)).toEqual(
        expect.arrayContaining(['de', 'en']),
      )
      expect([b.latest, b.status]).toEqual([a.latest, a.status])
      // Nothing reaches the public: the record has no published locale.
      const publicRead = await payload.find({
        collection: 'enterprises',
        where: { slug: { equals: 'sheet-bulk' } },
        overrideAccess: false,
        locale: 'de',
      })
      expect(publicRead.docs).toEqual([])
    },
    slow,
  )

  it.each([
    [
      'an editor',
      'editor',
      ['name_zh', 'name_de', 'industry'],
      ['精工二号', 'Werk Zwei', 'machinery'],
    ],
    ['a translator', 'translator', ['name_de', 'description_de'], ['Werk Zwei', 'Neu übersetzt.']],
  ] as const)(
    "updates as %s's ordinary saves do: the same next draft and provenance",
    async (_who, role, columns, cells) => {
      const [a, b] = [
        await createRecord(payload, 'enterprises'),
        await createRecord(payload, 'enterprises'),
      ]
      const req = await reqOf(users[role])
      const slugOf = (record: unknown) => (record as { slug: string }).slug
      const ordinary = await rowWrite(req, ['slug', ...columns], [slugOf(a), ...cells])
      const bulk = await rowWrite(req, ['slug', ...columns], [slugOf(b), ...cells])
      await inTransaction(req, () => saveRow(req, 'enterprises', ordinary, 'draft'))
      let left: RowWrite[] = []
      await inTransaction(req, async () => {
        left = await updateDrafts(req, 'enterprises', [bulk])
      })
      expect(left).toEqual([])

      const [x, y] = [await stored(slugOf(a)), await stored(slugOf(b))]
      expect(withoutIncidentals(y.draft)).toEqual(withoutIncidentals(x.draft))
      expect((y.draft as unknown as { name: { de: string } }).name.de).toBe('Werk Zwei')
    },
    slow,
  )

  it(
    'refuses in the dry run what a save would refuse, so the bulk write never sees it',
    async () => {
      const req = await reqOf(users.translator)
      const record = await createRecord(payload, 'enterprises')
      const slug = (record as unknown as { slug: string }).slug
      const table = await readTable(
        await writeTable('csv', ['slug', 'name_zh', 'name_de'], [[slug, '改了', 'Geändert']]),
      )
      await expect(planImport(req, 'enterprises', table)).rejects.toMatchObject({ status: 403 })
      const editorReq = await reqOf(users.editor)
      const invalid = await planImport(
        editorReq,
        'enterprises',
        await readTable(
          await writeTable('csv', ['slug', 'name_zh', 'yearArrived'], [['new-one', '新', 1200]]),
        ),
      )
      expect(invalid.errors).toEqual([expect.objectContaining({ row: 2, column: 'yearArrived' })])
    },
    slow,
  )
})
