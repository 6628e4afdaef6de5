// @ts-expect-error -- the `xliff` package ships no types; here it is an independent parser/writer
import * as xliffPackage from 'xliff'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { seed } from '@/seed/seed'
import { statusReport } from '@/translation/report'
import { parseXliff, writeXliff } from '@/translation/xliff'
import { exportXliff } from '@/translation/xliffExport'
import { importXliff } from '@/translation/xliffImport'

import { createUser, type TestUser } from '../helpers/fixtures'
import type { JsonObject } from '../helpers/json'
import { onRecord } from '../helpers/localApi'
import { describeDatabase, useTestPayloadWithUsers } from '../helpers/payload'

type OracleUnit = {
  source?: unknown
  target?: unknown
  note?: unknown
  additionalAttributes?: Record<string, unknown>
}
type OracleJs = {
  sourceLanguage: string
  targetLanguage?: string
  resources: Record<string, Record<string, OracleUnit>>
}
const oracle = xliffPackage as unknown as {
  xliff12ToJs: (xml: string) => Promise<OracleJs>
  jsToXliff12: (js: OracleJs) => Promise<string>
}

describeDatabase('XLIFF round trip with the CMS', () => {
  let payload: Payload
  let german: TestUser
  let editor: TestUser
  let englishOnly: TestUser

  useTestPayloadWithUsers(
    'xliff',
    async (app) => {
      ;({ payload, translator: german, editor } = app)
      await seed(payload)
      englishOnly = await createUser(payload, ['translator'], ['en'])
    },
    300_000,
  )

  const as = async (user: TestUser): Promise<PayloadRequest> =>
    createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  const everything = async () =>
    Promise.all(
      (['milestones', 'events', 'enterprises', 'platforms'] as const).map(async (collection) =>
        (
          await payload.find({
            collection,
            locale: 'all',
            draft: true,
            depth: 0,
            pagination: false,
            sort: 'id',
          })
        ).docs.map(({ updatedAt: _updatedAt, ...doc }) => doc),
      ),
    )

  it('exports every translatable text with record, field and source fingerprint, in 1.2 and 2.0', async () => {
    for (const version of ['1.2', '2.0'] as const) {
      const { xml, units } = await exportXliff(payload, { locale: 'de', version })
      const parsed = parseXliff(xml)
      expect(parsed.version).toBe(version)
      expect(parsed.targetLanguage).toBe('de-DE')
      expect(parsed.units.length).toBe(units)
      const title = parsed.units.find(
        (unit) => unit.fieldPath === 'title' && unit.collection === 'milestones',
      )
      expect(title).toMatchObject({
        state: 'translated',
        sourceFingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      })
      expect(parsed.units.some((unit) => unit.id.includes('/description#'))).toBe(true)
    }
  })

  it('imports an unchanged export as unchanged, and changes nothing', async () => {
    const before = await everything()
    const { xml, units } = await exportXliff(payload, { locale: 'de' })
    const summary = await importXliff(await as(german), xml)
    expect(summary).toEqual({
      locale: 'de',
      updated: 0,
      unchanged: units,
      conflicts: [],
      errors: [],
      qa: { errors: 0, warnings: 0, findings: [] },
    })
    expect(await everything()).toEqual(before)
  })

  it('applies translations edited by another XLIFF tool, rich text included', async () => {
    const { xml } = await exportXliff(payload, { locale: 'de', collections: ['platforms'] })
    const js = await oracle.xliff12ToJs(xml)
    const [file] = Object.values(js.resources)
    const [titleId] = Object.keys(file!).filter((id) => id.endsWith('/name'))
    const [blockId] = Object.keys(file!).filter((id) => id.includes('/description#'))
    file![titleId!]!.target = 'Geänderter Name <&> "zitiert"'
    file![blockId!]!.target = 'Ein neuer deutscher Absatz.'
    const edited = await oracle.jsToXliff12(js)

    const summary = await importXliff(await as(german), edited)
    expect(summary.errors).toEqual([])
    expect(summary.conflicts).toEqual([])
    expect(summary.updated).toBeGreaterThanOrEqual(2)

    const [collection, id] = titleId!.split('/')
    const stored = await payload.findByID({
      collection: collection as 'platforms',
      id: id!,
      locale: 'de',
      draft: true,
      depth: 0,
    })
    expect(stored.name).toBe('Geänderter Name <&> "zitiert"')
    const [, blockDocId] = blockId!.split('/')
    const withBlock = await payload.findByID({
      collection: 'platforms',
      id: blockDocId!,
      locale: 'de',
      draft: true,
      depth: 0,
    })
    expect(JSON.stringify(withBlock.description)).toContain('Ein neuer deutscher Absatz.')
    // Imported text counts as translated from the current source.
    const status = await statusReport(payload, { locale: 'de', collections: ['platforms'] })
    expect(status.records.find((record) => String(record.id) === id)?.fields.name).toBe('complete')
  })

  it('reports a unit whose source changed since export as a conflict and applies the rest', async () => {
    const { xml } = await exportXliff(payload, { locale: 'de', collections: ['events'] })
    const parsed = parseXliff(xml)
    const titles = parsed.units.filter((unit) => unit.fieldPath === 'title').slice(0, 2)
    const [changedSource, stillValid] = titles
    await payload.update({
      collection: 'events',
      id: changedSource!.docId,
      locale: 'zh',
      data: { title: '更新后的中文标题' } as never,
      user: editor,
      overrideAccess: false,
    })
    const js = await oracle.xliff12ToJs(xml)
    const [file] = Object.values(js.resources)
    file![changedSource!.id]!.target = 'Veraltete Übersetzung'
    file![stillValid!.id]!.target = 'Gültige neue Übersetzung'
    const summary = await importXliff(await as(german), await oracle.jsToXliff12(js))
    expect(summary.conflicts.map((conflict) => conflict.unit)).toEqual([changedSource!.id])
    expect(summary.errors).toEqual([])
    const conflicted = await payload.findByID({
      collection: 'events',
      id: changedSource!.docId,
      locale: 'de',
      draft: true,
    })
    expect(conflicted.title).not.toBe('Veraltete Übersetzung')
    const applied = await payload.findByID({
      collection: 'events',
      id: stillValid!.docId,
      locale: 'de',
      draft: true,
    })
    expect(applied.title).toBe('Gültige neue Übersetzung')
  })

  it('applies nothing when any unit has an error', async () => {
    const before = await everything()
    const { xml } = await exportXliff(payload, { locale: 'de', collections: ['milestones'] })
    const parsed = parseXliff(xml)
    const [valid, template] = parsed.units
    const broken = {
      ...template!,
      id: 'milestones/999999/title',
      docId: '999999',
      fieldPath: 'title',
      target: ['Kein solcher Datensatz'],
    }
    const file = writeXliff({
      ...parsed,
      units: [{ ...valid!, target: ['Eine gültige Änderung'] }, broken],
    })
    const summary = await importXliff(await as(german), file)
    expect(summary.updated).toBe(0)
    expect(summary.errors).toEqual([
      { unit: 'milestones/999999/title', message: expect.stringContaining('does not exist') },
    ])
    expect(await everything()).toEqual(before)
  })

  it('reports a record id no database could hold as a unit error, not a server error', async () => {
    const before = await everything()
    const { xml } = await exportXliff(payload, { locale: 'de', collections: ['platforms'] })
    const parsed = parseXliff(xml)
    const [template] = parsed.units
    const malformed = {
      ...template!,
      id: 'platforms/abc/name',
      docId: 'abc',
      fieldPath: 'name',
      target: ['Kein Datensatz'],
    }
    const summary = await importXliff(
      await as(german),
      writeXliff({ ...parsed, units: [malformed] }),
    )
    expect(summary.updated).toBe(0)
    expect(summary.errors).toEqual([
      { unit: 'platforms/abc/name', message: expect.stringContaining('does not exist') },
    ])
    expect(await everything()).toEqual(before)
  })

  it("refuses a file for a locale that is not the importer's", async () => {
    const { xml } = await exportXliff(payload, { locale: 'de', collections: ['enterprises'] })
    await expect(importXliff(await as(englishOnly), xml)).rejects.toMatchObject({ status: 403 })
  })

  it('reads a 1.2 file as CAT tools write it: states, notes, segmented targets', async () => {
    const { xml } = await exportXliff(payload, { locale: 'en', collections: ['enterprises'] })
    const unit = parseXliff(xml).units.find((candidate) => candidate.fieldPath === 'name')!
    const source = unit.source.join('')
    // Shaped as Trados/memoQ write it: tool header, seg-source, segmented target, reviewer note,
    // the CMS's record attributes carried over untouched, other language subtags.
    const catFile = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="taicang-german-cooperation-cms" source-language="zh-CN" target-language="en-US" datatype="plaintext" tool-id="cat">
    <header><tool tool-id="cat" tool-name="Example CAT"/></header>
    <body>
      <trans-unit id="${unit.id}" resname="${unit.fieldPath}" extradata="collection=${unit.collection} docId=${unit.docId} fingerprint=${unit.sourceFingerprint}">
        <source>${source}</source>
        <seg-source><mrk mtype="seg" mid="1">${source}</mrk></seg-source>
        <target state="translated"><mrk mtype="seg" mid="1">Kern-Liebers </mrk><mrk mtype="seg" mid="2">(Taicang)</mrk></target>
        <note from="reviewer">Checked against the company's own spelling.</note>
      </trans-unit>
    </body>
  </file>
</xliff>`
    const summary = await importXliff(await as(englishOnly), catFile)
    expect(summary).toMatchObject({ errors: [], conflicts: [], updated: 1 })
    const stored = await payload.findByID({
      collection: 'enterprises',
      id: unit.docId,
      locale: 'en',
      draft: true,
    })
    expect(stored.name).toBe('Kern-Liebers (Taicang)')
  })

  it('writes the imported text as a new draft and leaves every other locale, shared field and the public version as they were', async () => {
    const record = await payload.create({
      collection: 'platforms',
      locale: 'zh',
      data: {
        name: '太仓德国中心',
        location: '太仓',
        type: 'service-organisation',
        openedYear: 2007,
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    await onRecord(payload, 'platforms', record.id).systemSave('en', {
      name: 'German Centre Taicang',
      _status: 'published',
    })
    const read = () =>
      payload.findByID({
        collection: 'platforms',
        id: record.id,
        locale: 'all',
        draft: true,
        depth: 0,
        overrideAccess: true,
      }) as unknown as Promise<JsonObject>
    const before = await read()
    const versionsBefore = (
      await payload.countVersions({
        collection: 'platforms',
        where: { parent: { equals: record.id } },
      })
    ).totalDocs

    const { xml } = await exportXliff(payload, { locale: 'de', collections: ['platforms'] })
    const parsed = parseXliff(xml)
    const mine = parsed.units.filter((unit) => unit.docId === String(record.id))
    const translated = writeXliff({
      ...parsed,
      units: mine.map((unit) => ({
        ...unit,
        target: [unit.fieldPath === 'name' ? 'Deutsches Zentrum Taicang' : 'Taicang'],
      })),
    })
    expect(await importXliff(await as(german), translated)).toMatchObject({
      updated: 2,
      errors: [],
      conflicts: [],
    })

    const after = await read()
    expect(after.name).toEqual({ ...before.name, de: 'Deutsches Zentrum Taicang' })
    expect(after.location).toEqual({ ...before.location, de: 'Taicang' })
    // Everything but what the import wrote; a locale's empty value and no value read the same.
    const unchanged = (doc: JsonObject) => {
      const {
        name: _n,
        location: _l,
        translationSources: _t,
        updatedAt: _u,
        _status: _s,
        ...rest
      } = doc
      return JSON.parse(
        JSON.stringify(rest, (_key, value) =>
          value === null || value === false ? undefined : value,
        ),
      )
    }
    expect(unchanged(after)).toEqual(unchanged(before))
    expect(after._status).toBe('draft')
    expect(after.translationSources.en).toEqual(before.translationSources.en)
    expect(
      (
        await payload.countVersions({
          collection: 'platforms',
          where: { parent: { equals: record.id } },
        })
      ).totalDocs,
    ).toBe(versionsBefore + 1)
    // The public still reads the published record: German is a draft, so its readers fall back to English.
    const reader = await payload.findByID({
      collection: 'platforms',
      id: record.id,
      locale: 'de',
      depth: 0,
      overrideAccess: false,
    })
    expect(reader.name).toBe('German Centre Taicang')
    const status = await statusReport(payload, { locale: 'de', collections: ['platforms'] })
    expect(status.records.find((entry) => entry.id === record.id)).toMatchObject({
      state: 'complete',
      published: false,
    })
  })

  it('keeps an English save made while a German import writes the same records', async () => {
    const english = await createUser(payload, ['translator'], ['en'])
    const { xml } = await exportXliff(payload, { locale: 'de', collections: ['milestones'] })
    const parsed = parseXliff(xml)
    const titles = parsed.units.filter((unit) => unit.fieldPath === 'title')
    const file = writeXliff({
      ...parsed,
      units: titles.map((unit) => ({ ...unit, target: [`Importiert ${unit.docId}`] })),
    })
    const target = titles[Math.floor(titles.length / 2)]!

    await Promise.all([
      importXliff(await as(german), file),
      payload.update({
        collection: 'milestones',
        id: target.docId,
        locale: 'en',
        draft: true,
        data: { title: 'Saved during the import', _status: 'draft' } as never,
        user: english,
        overrideAccess: false,
      }),
    ])
    const latest = await payload.findByID({
      collection: 'milestones',
      id: target.docId,
      locale: 'all',
      draft: true,
      depth: 0,
    })
    expect(latest.title).toMatchObject({
      de: `Importiert ${target.docId}`,
      en: 'Saved during the import',
    })
  })
})
