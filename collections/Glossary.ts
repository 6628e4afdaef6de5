import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { localizedTextarea } from '@/fields/common'
import { label } from '@/fields/label'
import { withSourceBeside } from '@/fields/sourceBeside'
import { sourceField } from '@/fields/source'
import { translationSourcesField } from '@/translation/sourceTracking'

import { translatedCollectionRules } from './translatedCollection'

/**
 * Agreed renderings of the names that recur across the site: the Chinese term is the source
 * locale's value, its German and English renderings the other locales'. Translators see matching
 * terms beside the source and in XLIFF exports; they may refine the rendering in their locale.
 */
export const Glossary: CollectionConfig = {
  slug: 'glossary',
  labels: {
    singular: label({ zh: '术语', de: 'Glossareintrag', en: 'Glossary term' }),
    plural: label({ zh: '术语表', de: 'Glossar', en: 'Glossary' }),
  },
  admin: {
    useAsTitle: 'term',
    defaultColumns: ['term', 'notes'],
    group: label({ zh: '翻译', de: 'Übersetzung', en: 'Translation' }),
  },
  ...translatedCollectionRules('glossary', {
    read: isStaff,
    fields: () => Glossary.fields,
  }),
  fields: withSourceBeside([
    {
      name: 'term',
      type: 'text',
      localized: true,
      required: true,
      index: true,
      label: label({ zh: '术语', de: 'Begriff', en: 'Term' }),
    },
    localizedTextarea('notes', { zh: '说明', de: 'Hinweis', en: 'Notes' }),
    sourceField,
    translationSourcesField,
  ]),
}
