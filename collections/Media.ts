import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import {
  collectionFields,
  explainTranslatorRefusals,
  loadDocument,
  translatorScopedUpdate,
  translatorsLeaveTimestampsToPayload,
} from '@/access/translatorScope'
import { forgetSavedDraft } from '@/db/storedDraft'
import { localizedText } from '@/fields/common'
import { label } from '@/fields/label'
import { withSourceBeside } from '@/fields/sourceBeside'
import { auditDelete, auditSave } from '@/audit/contentHooks'
import { rejectMalformedValues } from '@/hooks/rejectMalformedValues'
import { localFileGuard } from '@/http/localFileGuard'
import { rejectUnknownLocale } from '@/hooks/rejectUnknownLocale'
import { rejectUnsafeFileName } from '@/hooks/rejectUnsafeFileName'
import {
  recordTranslationSources,
  translationSourcesField,
  translationSourcesFieldName,
} from '@/translation/sourceTracking'

const staticDir = path.resolve(process.env.MEDIA_DIR ?? 'media')

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: label({ zh: '媒体文件', de: 'Mediendatei', en: 'Media file' }),
    plural: label({ zh: '媒体库', de: 'Mediathek', en: 'Media' }),
  },
  admin: { group: label({ zh: '内容', de: 'Inhalte', en: 'Content' }) },
  access: {
    // Images appear on the public site, so files and their alt text are public.
    read: () => true,
    create: isEditor,
    delete: isEditor,
    update: translatorScopedUpdate(collectionFields('media'), loadDocument('media')),
  },
  hooks: {
    beforeChange: [recordTranslationSources(() => Media.fields)],
    beforeOperation: [
      rejectUnknownLocale,
      rejectMalformedValues,
      rejectUnsafeFileName,
      translatorsLeaveTimestampsToPayload,
      explainTranslatorRefusals(collectionFields('media'), loadDocument('media')),
    ],
    // The two steps above and update access share one read of the stored document per save.
    afterChange: [forgetSavedDraft, auditSave([translationSourcesFieldName])],
    afterDelete: [auditDelete],
  },
  upload: {
    staticDir,
    handlers: [localFileGuard(staticDir)],
    mimeTypes: ['image/*'],
    imageSizes: [
      { name: 'thumbnail', width: 480 },
      { name: 'card', width: 960 },
    ],
  },
  fields: withSourceBeside([
    {
      name: 'alt',
      type: 'text',
      localized: true,
      required: true,
      label: label({ zh: '替代文字', de: 'Alternativtext', en: 'Alt text' }),
      admin: {
        description: label({
          zh: '为看不到图片的读者描述图片内容。',
          de: 'Beschreibt das Bild für Menschen, die es nicht sehen können.',
          en: 'Describes the image for readers who cannot see it.',
        }),
      },
    },
    localizedText('caption', { zh: '图片说明', de: 'Bildunterschrift', en: 'Caption' }),
    translationSourcesField,
  ]),
}
