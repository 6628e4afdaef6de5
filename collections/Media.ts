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
import { label } from '@/fields/label'
import { rejectMalformedValues } from '@/hooks/rejectMalformedValues'
import { localFileGuard } from '@/http/localFileGuard'
import { rejectUnknownLocale } from '@/hooks/rejectUnknownLocale'
import { rejectUnsafeFileName } from '@/hooks/rejectUnsafeFileName'

const staticDir = path.resolve(process.env.MEDIA_DIR ?? 'media')

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: label('媒体文件', 'Mediendatei', 'Media file'),
    plural: label('媒体库', 'Mediathek', 'Media'),
  },
  admin: { group: label('内容', 'Inhalte', 'Content') },
  access: {
    // Images appear on the public site, so files and their alt text are public.
    read: () => true,
    create: isEditor,
    delete: isEditor,
    update: translatorScopedUpdate(collectionFields('media'), loadDocument('media')),
  },
  hooks: {
    beforeOperation: [
      rejectUnknownLocale,
      rejectMalformedValues,
      rejectUnsafeFileName,
      translatorsLeaveTimestampsToPayload,
      explainTranslatorRefusals(collectionFields('media'), loadDocument('media')),
    ],
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
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      required: true,
      label: label('替代文字', 'Alternativtext', 'Alt text'),
      admin: {
        description: label(
          '为看不到图片的读者描述图片内容。',
          'Beschreibt das Bild für Menschen, die es nicht sehen können.',
          'Describes the image for readers who cannot see it.',
        ),
      },
    },
    {
      name: 'caption',
      type: 'text',
      localized: true,
      label: label('图片说明', 'Bildunterschrift', 'Caption'),
    },
  ],
}
