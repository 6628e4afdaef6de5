import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { localizedTextarea } from '@/fields/common'
import { label } from '@/fields/label'
import { withSourceBeside } from '@/fields/sourceBeside'
import { sourceField } from '@/fields/source'
import { endonyms, locales, sourceLocale } from '@/i18n/locales'
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
    // Shared, not localized: a localized text would be one more thing to translate. Editors keep
    // the list; the QA gate refuses a translation of the term that uses one (src/qa/checkText.ts).
    {
      name: 'forbidden',
      type: 'array',
      label: label({ zh: '禁用译法', de: 'Unzulässige Übersetzungen', en: 'Forbidden renderings' }),
      admin: {
        description: label({
          zh: '原文含有此术语时，该语言的译文不得使用这些译法。',
          de: 'Enthält der Ausgangstext den Begriff, darf die Übersetzung in dieser Sprache diese Wendungen nicht verwenden.',
          en: 'Where the source contains the term, a translation into this language must not use these renderings.',
        }),
      },
      fields: [
        {
          name: 'locale',
          type: 'select',
          required: true,
          options: locales
            .filter((locale) => locale !== sourceLocale)
            .map((locale) => ({ value: locale, label: endonyms[locale] })),
          label: label({ zh: '语言', de: 'Sprache', en: 'Language' }),
        },
        {
          name: 'rendering',
          type: 'text',
          required: true,
          label: label({ zh: '译法', de: 'Wendung', en: 'Rendering' }),
        },
      ],
    },
    sourceField,
    translationSourcesField,
  ]),
}
