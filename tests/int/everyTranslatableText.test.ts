import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import sharp from 'sharp'

import { statusReport, type StatusRecord } from '@/translation/report'
import { sourcesBeside } from '@/translation/sourceBeside'
import { parseXliff, writeXliff, type TranslationUnit } from '@/translation/xliff'
import { exportXliff } from '@/translation/xliffExport'
import { importXliff } from '@/translation/xliffImport'

import { statusOf } from '../helpers/errors'
import { createUser, createUsers, type TestUser } from '../helpers/fixtures'
import { describeDatabase, useTestPayload } from '../helpers/payload'

/** The translatable texts outside the content collections (issue #9). */
const kinds = ['key-figures', 'site-settings', 'media', 'glossary'] as const

type Row = { id: string; key: string; label: string; value: number; unit?: string | null }

describeDatabase(
  'key figures, site settings, media and glossary in the translator workflow',
  () => {
    let payload: Payload
    let editor: TestUser
    let german: TestUser
    let englishOnly: TestUser
    let mediaId: number | string
    let glossaryId: number | string
    let rows: Row[]

    beforeAll(() => {
      process.env.MEDIA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-every-text-'))
    })

    useTestPayload(
      'everytext',
      async (booted) => {
        payload = booted
        const users = await createUsers(payload)
        editor = users.editor
        german = users.translator
        englishOnly = await createUser(payload, ['translator'], ['en'])

        const asEditor = { user: editor, overrideAccess: false } as const
        const keyFigures = await payload.updateGlobal({
          slug: 'key-figures',
          locale: 'zh',
          data: {
            figures: [
              { key: 'german-enterprises', label: '德资企业', value: 500, unit: '家' },
              { key: 'investment', label: '投资总额', value: 60, unit: '亿美元' },
            ],
          } as never,
          ...asEditor,
        })
        rows = (keyFigures as unknown as { figures: Row[] }).figures
        await payload.updateGlobal({
          slug: 'site-settings',
          locale: 'zh',
          data: { siteName: '太仓中德合作', tagline: '德企之乡' } as never,
          ...asEditor,
        })
        const png = await sharp({
          create: { width: 4, height: 4, channels: 3, background: '#c00' },
        })
          .png()
          .toBuffer()
        mediaId = (
          await payload.create({
            collection: 'media',
            locale: 'zh',
            data: { alt: '太仓德国中心大楼', caption: '德国中心' } as never,
            file: { data: png, mimetype: 'image/png', name: 'centre.png', size: png.length },
            ...asEditor,
          })
        ).id
        glossaryId = (
          await payload.create({
            collection: 'glossary',
            locale: 'zh',
            data: { term: '双元制', notes: '德国的职业教育模式' } as never,
            ...asEditor,
          })
        ).id
      },
      300_000,
    )

    const as = async (user: TestUser): Promise<PayloadRequest> =>
      createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

    const recordsOf = async (locale: 'de' | 'en') => {
      const report = await statusReport(payload, { locale, collections: [...kinds] })
      const find = (collection: string, id?: number | string) =>
        report.records.find(
          (record) => record.collection === collection && (id === undefined || record.id === id),
        ) as StatusRecord
      return {
        report,
        keyFigures: find('key-figures'),
        siteSettings: find('site-settings'),
        media: find('media', mediaId),
        glossary: find('glossary', glossaryId),
      }
    }

    /** Everything stored for the four kinds, every locale. */
    const everything = async () => ({
      keyFigures: await payload.findGlobal({ slug: 'key-figures', locale: 'all', depth: 0 }),
      siteSettings: await payload.findGlobal({ slug: 'site-settings', locale: 'all', depth: 0 }),
      media: await payload.findByID({ collection: 'media', id: mediaId, locale: 'all', depth: 0 }),
      glossary: await payload.findByID({
        collection: 'glossary',
        id: glossaryId,
        locale: 'all',
        depth: 0,
      }),
    })

    /** A save of the key figures, as the form sends it, with the first row changed. */
    const saveFirstRow = async (locale: 'zh' | 'de', change: Partial<Row>, user: TestUser) => {
      const current = (await payload.findGlobal({
        slug: 'key-figures',
        locale,
        fallbackLocale: false,
        depth: 0,
      })) as unknown as { figures: Row[] }
      return payload.updateGlobal({
        slug: 'key-figures',
        locale,
        data: {
          figures: current.figures.map((row, index) => (index === 0 ? { ...row, ...change } : row)),
        } as never,
        user,
        overrideAccess: false,
      })
    }

    const label = (row: Row) => `figures.${row.id}.label`
    const unit = (row: Row) => `figures.${row.id}.unit`

    /** The German a translator would write for each source text of the fixtures. */
    const german1: Record<string, string> = {
      德资企业: 'deutsche Unternehmen',
      家: 'Unternehmen',
      投资总额: 'Gesamtinvestition',
      亿美元: 'Mrd. US-Dollar',
      太仓中德合作: 'Deutsch-Chinesische Zusammenarbeit in Taicang',
      德企之乡: 'Heimat deutscher Unternehmen',
      太仓德国中心大楼: 'Das Gebäude des German Centre Taicang',
      德国中心: 'German Centre',
      双元制: 'duale Berufsausbildung',
      德国的职业教育模式: 'das deutsche Modell der Berufsausbildung',
    }

    const plain = (unit: TranslationUnit) => unit.source.join('')

    /** An export with every unit translated from `dictionary`, as a CAT tool would return it. */
    const translatedExport = async (
      version: '1.2' | '2.0',
      dictionary: Record<string, string>,
      locale: 'de' | 'en' = 'de',
    ) => {
      const document = parseXliff(
        (await exportXliff(payload, { locale, version, collections: [...kinds] })).xml,
      )
      return {
        document,
        xml: writeXliff({
          ...document,
          units: document.units.map((unit) => ({
            ...unit,
            target: [dictionary[plain(unit)] ?? `${plain(unit)} (übersetzt)`],
            state: 'translated' as const,
          })),
        }),
      }
    }

    it('shows each kind in the status, with every row of the key figures as its own text', async () => {
      const { report, keyFigures, siteSettings, media, glossary } = await recordsOf('de')
      for (const kind of kinds) expect(report.collections[kind]?.total).toBeGreaterThan(0)
      expect(keyFigures).toMatchObject({
        id: 'global',
        state: 'missing',
        fields: {
          [label(rows[0]!)]: 'missing',
          [unit(rows[0]!)]: 'missing',
          [label(rows[1]!)]: 'missing',
        },
      })
      expect(siteSettings).toMatchObject({
        state: 'missing',
        fields: { siteName: 'missing', tagline: 'missing', description: 'empty' },
      })
      expect(media).toMatchObject({
        state: 'missing',
        fields: { alt: 'missing', caption: 'missing' },
      })
      expect(glossary).toMatchObject({
        state: 'missing',
        fields: { term: 'missing', notes: 'missing' },
      })
    })

    it('round-trips XLIFF 1.2 and 2.0 for each kind: the import stores what the file says, nothing else', async () => {
      for (const [version, suffix] of [
        ['1.2', ''],
        ['2.0', ' (2.0)'],
      ] as const) {
        const before = await everything()
        const dictionary = Object.fromEntries(
          Object.entries(german1).map(([zh, de]) => [zh, `${de}${suffix}`]),
        )
        const { document, xml } = await translatedExport(version, dictionary)
        const collections = new Set(document.units.map((unit) => unit.collection))
        expect([...collections].sort()).toEqual([...kinds].sort())
        expect(document.units.map((unit) => unit.id)).toEqual(
          expect.arrayContaining([
            `key-figures/global/${label(rows[0]!)}`,
            `key-figures/global/${unit(rows[1]!)}`,
            'site-settings/global/siteName',
            `media/${mediaId}/alt`,
            `glossary/${glossaryId}/notes`,
          ]),
        )

        const summary = await importXliff(await as(german), xml)
        expect(summary).toMatchObject({ updated: document.units.length, conflicts: [], errors: [] })

        const after = await everything()
        const figures = (after.keyFigures as unknown as { figures: Record<string, unknown>[] })
          .figures
        expect(figures.map((row) => row.id)).toEqual(rows.map((row) => row.id))
        expect(figures[0]).toMatchObject({
          key: 'german-enterprises',
          value: 500,
          label: { zh: '德资企业', de: dictionary['德资企业'] },
          unit: { zh: '家', de: dictionary['家'] },
        })
        expect(after.siteSettings).toMatchObject({
          siteName: { zh: '太仓中德合作', de: dictionary['太仓中德合作'] },
          tagline: { de: dictionary['德企之乡'] },
        })
        expect(after.media).toMatchObject({
          alt: { zh: '太仓德国中心大楼', de: dictionary['太仓德国中心大楼'] },
          caption: { de: dictionary['德国中心'] },
          filename: (before.media as { filename?: string }).filename,
        })
        expect(after.glossary).toMatchObject({
          term: { de: dictionary['双元制'] },
          notes: { de: dictionary['德国的职业教育模式'] },
        })
        // Nothing else: no other locale, no shared value.
        const withoutGerman = (value: unknown): unknown =>
          JSON.parse(JSON.stringify(value, (key, item) => (key === 'de' ? undefined : item)))
        const stable = (all: Awaited<ReturnType<typeof everything>>) =>
          withoutGerman(
            Object.fromEntries(
              Object.entries(all).map(([kind, doc]) => {
                const {
                  updatedAt: _u,
                  translationSources: _t,
                  ...rest
                } = doc as unknown as Record<string, unknown>
                return [kind, rest]
              }),
            ),
          )
        expect(stable(after)).toEqual(stable(before))

        // Exported again, the file carries exactly what was imported, and all is complete.
        const again = parseXliff(
          (await exportXliff(payload, { locale: 'de', version, collections: [...kinds] })).xml,
        )
        for (const unit of again.units) {
          expect(unit.target).toEqual([dictionary[plain(unit)]])
          expect(unit.state).toBe('translated')
        }
        const status = await recordsOf('de')
        for (const record of [
          status.keyFigures,
          status.siteSettings,
          status.media,
          status.glossary,
        ])
          expect(record.state).toBe('complete')
        // And imported again, it changes nothing.
        const unchanged = await importXliff(await as(german), writeXliff(again))
        expect(unchanged).toMatchObject({ updated: 0, unchanged: again.units.length, errors: [] })
        expect(await everything()).toEqual(after)
      }
    }, 120_000)

    it('marks a translation outdated when its source changes, and the import reports a conflict', async () => {
      const stale = await translatedExport('2.0', german1)
      await saveFirstRow('zh', { label: '德国企业' }, editor)
      await payload.updateGlobal({
        slug: 'site-settings',
        locale: 'zh',
        data: { tagline: '德企之乡（新）' } as never,
        user: editor,
        overrideAccess: false,
      })
      for (const [collection, id, data] of [
        ['media', mediaId, { caption: '太仓德国中心' }],
        ['glossary', glossaryId, { notes: '源自德国的职业教育模式' }],
      ] as const) {
        await payload.update({
          collection,
          id,
          locale: 'zh',
          data: data as never,
          user: editor,
          overrideAccess: false,
        })
      }

      const { keyFigures: figures, siteSettings, media, glossary } = await recordsOf('de')
      expect(figures).toMatchObject({
        state: 'outdated',
        fields: { [label(rows[0]!)]: 'outdated', [label(rows[1]!)]: 'complete' },
      })
      expect(siteSettings).toMatchObject({
        state: 'outdated',
        fields: { siteName: 'complete', tagline: 'outdated' },
      })
      expect(media).toMatchObject({
        state: 'outdated',
        fields: { alt: 'complete', caption: 'outdated' },
      })
      expect(glossary).toMatchObject({
        state: 'outdated',
        fields: { term: 'complete', notes: 'outdated' },
      })

      // The source beside the field shows the Chinese now, for a row of the key figures too.
      const beside = await sourcesBeside(payload, {
        collection: 'key-figures',
        id: 'global',
        locale: 'de',
      })
      expect(beside[label(rows[0]!)]).toMatchObject({ source: '德国企业', state: 'outdated' })
      const besideMedia = await sourcesBeside(payload, {
        collection: 'media',
        id: mediaId,
        locale: 'de',
      })
      expect(besideMedia.caption).toMatchObject({ source: '太仓德国中心', state: 'outdated' })
      expect(besideMedia.alt).toMatchObject({ source: '太仓德国中心大楼', state: 'complete' })

      const summary = await importXliff(await as(german), stale.xml)
      expect(summary.conflicts.map((conflict) => conflict.unit).sort()).toEqual(
        [
          `key-figures/global/${label(rows[0]!)}`,
          'site-settings/global/tagline',
          `media/${mediaId}/caption`,
          `glossary/${glossaryId}/notes`,
        ].sort(),
      )
      expect(summary.errors).toEqual([])

      // A translator's save from the form records the current source: complete again.
      await saveFirstRow('de', { label: 'deutsche Firmen' }, german)
      expect((await recordsOf('de')).keyFigures.fields[label(rows[0]!)]).toBe('complete')
    }, 120_000)

    describe('scope: a translator writes only their locale’s text of these, never a shared value', () => {
      it('refuses an import into another locale, and stores nothing', async () => {
        const before = await everything()
        const { xml } = await translatedExport('1.2', german1)
        await expect(importXliff(await as(englishOnly), xml)).rejects.toMatchObject({ status: 403 })
        const english = await translatedExport('1.2', german1, 'en')
        await expect(importXliff(await as(german), english.xml)).rejects.toMatchObject({
          status: 403,
        })
        expect(await everything()).toEqual(before)
      })

      it('refuses a file that writes a shared value, and applies none of its units', async () => {
        const before = await everything()
        const { document } = await translatedExport('1.2', german1)
        const [template] = document.units
        const shared = [
          `key-figures/global/figures.${rows[0]!.id}.value`,
          'site-settings/global/contactEmail',
          `media/${mediaId}/filename`,
          `glossary/${glossaryId}/source`,
        ].map((id) => {
          const [collection, docId, ...field] = id.split('/')
          return {
            ...template!,
            id,
            collection: collection!,
            docId: docId!,
            fieldPath: field.join('/'),
            target: ['999'],
          }
        })
        const units = document.units.map((unit) => ({ ...unit, target: ['neu'] }))
        const summary = await importXliff(
          await as(german),
          writeXliff({ ...document, units: [...units, ...shared] }),
        )
        expect(summary.updated).toBe(0)
        expect(summary.errors.map((error) => error.unit).sort()).toEqual(
          shared.map((unit) => unit.id).sort(),
        )
        expect(await everything()).toEqual(before)
      })

      it('refuses direct saves that change a shared value or another locale, and stores nothing', async () => {
        const before = await everything()
        const german_ = { user: german, overrideAccess: false } as const
        const attempts: Promise<unknown>[] = [
          // a number in a row
          saveFirstRow('de', { value: 501 }, german),
          // the array's structure: a row removed
          payload.updateGlobal({
            slug: 'key-figures',
            locale: 'de',
            data: { figures: rows.slice(1) } as never,
            ...german_,
          }),
          payload.updateGlobal({
            slug: 'site-settings',
            locale: 'de',
            data: { contactEmail: 'someone@example.org' } as never,
            ...german_,
          }),
          payload.updateGlobal({
            slug: 'site-settings',
            locale: 'en',
            data: { tagline: 'Home of German firms' } as never,
            ...german_,
          }),
          payload.update({
            collection: 'media',
            id: mediaId,
            locale: 'en',
            data: { alt: 'The building' } as never,
            ...german_,
          }),
          payload.update({
            collection: 'glossary',
            id: glossaryId,
            locale: 'de',
            data: { source: 'erfunden' } as never,
            ...german_,
          }),
        ]
        for (const attempt of attempts) expect(await statusOf(attempt)).toBe(403)
        expect(await everything()).toEqual(before)
      })
    })
  },
)
