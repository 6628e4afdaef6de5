import { createLocalReq, type CollectionSlug, type Payload } from 'payload'

import { maxUploadBytes as maxImportBytes } from '@/domain/uploadLimits'
import { richTextLimits } from '@/fields/richTextShape'
import { translatableFields } from '@/translation/translatableFields'
import { exportXliff } from '@/translation/xliffExport'
import { importXliff } from '@/translation/xliffImport'

import { contentFixtures, contentSlugs, createUsers } from '../helpers/fixtures'
import { describeDatabase, useTestPayload } from '../helpers/payload'

/**
 * Issue #12, item 11: drafts took a 10 MB summary, and the locale's XLIFF export then outgrew what
 * the import accepts, so the translator could not bring the file back. Drafts now keep the same
 * length limits as published saves; a record filled to every limit, in the source and the target
 * language, must export to a file the import takes.
 */
describeDatabase(
  'a record at every length limit exports to an XLIFF file the import accepts',
  () => {
    let payload: Payload

    useTestPayload('xliff-limit', (booted) => {
      payload = booted
    })

    /** The longest text a field takes, of characters that cost most once escaped in XML. */
    const longest = (length: number) => '&<德'.repeat(Math.ceil(length / 3)).slice(0, length)

    /** Rich text at its node and text limits: short bold paragraphs, so every one carries inline codes. */
    function richTextAtLimit() {
      const paragraphs = Math.floor((richTextLimits.maxNodes - 1) / 2)
      const perParagraph = Math.floor(richTextLimits.maxText / paragraphs)
      const paragraph = {
        type: 'paragraph',
        version: 1,
        children: [{ type: 'text', version: 1, format: 1, text: longest(perParagraph) }],
      }
      return {
        root: {
          type: 'root',
          version: 1,
          children: Array.from({ length: paragraphs }, () => paragraph),
        },
      }
    }

    it('stays under the import limit for each collection, and imports back', async () => {
      const { editor, translator } = await createUsers(payload)
      const maxText = payload.config.defaultMaxTextLength ?? 40_000
      for (const slug of contentSlugs) {
        const collection = payload.collections[slug as CollectionSlug].config
        const full = Object.fromEntries(
          translatableFields(collection.fields).map((field) => [
            field.path,
            field.kind === 'richText' ? richTextAtLimit() : longest(maxText),
          ]),
        )
        const doc = await payload.create({
          collection: slug as CollectionSlug,
          data: { ...contentFixtures[slug].valid, ...full } as never,
          draft: true,
          locale: 'zh',
          user: editor,
          overrideAccess: false,
        })
        await payload.update({
          collection: slug as CollectionSlug,
          id: doc.id,
          data: full as never,
          draft: true,
          locale: 'de',
          user: editor,
          overrideAccess: false,
        })
        const { xml } = await exportXliff(payload, {
          locale: 'de',
          collections: [slug as CollectionSlug],
        })
        expect(Buffer.byteLength(xml)).toBeGreaterThan(maxText)
        expect(Buffer.byteLength(xml)).toBeLessThan(maxImportBytes)
        const req = await createLocalReq(
          { user: { ...translator, collection: 'users' } as never },
          payload,
        )
        const summary = await importXliff(req, xml)
        expect(summary.errors).toEqual([])
      }
      // Four collections filled to every limit, exported and imported (with QA) one after another:
      // minutes on PostgreSQL when other suites load both cores. What it costs belongs in the
      // bench; this test checks that it works.
    }, 900_000)
  },
)
