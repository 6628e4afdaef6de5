import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { localizedText } from '@/fields/common'
import { label } from '@/fields/label'
import { withSourceBeside } from '@/fields/sourceBeside'
import { localFileGuard } from '@/http/localFileGuard'
import { rejectUnsafeFileName } from '@/hooks/rejectUnsafeFileName'
import { translationSourcesField } from '@/translation/sourceTracking'

import { translatedCollectionRules } from './translatedCollection'

const staticDir = path.resolve(process.env.MEDIA_DIR ?? 'media')

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: label({ zh: '媒体文件', de: 'Mediendatei', en: 'Media file' }),
    plural: label({ zh: '媒体库', de: 'Mediathek', en: 'Media' }),
  },
  admin: { group: label({ zh: '内容', de: 'Inhalte', en: 'Content' }) },
  ...translatedCollectionRules('media', {
    // Images appear on the public site, so files and their alt text are public.
    read: () => true,
    fields: () => Media.fields,
    checks: [rejectUnsafeFileName],
  }),
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
