import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { isStaff } from '@/access/isStaff'
import {
  collectionFields,
  explainTranslatorRefusals,
  loadDocument,
  translatorScopedUpdate,
  translatorsLeaveTimestampsToPayload,
} from '@/access/translatorScope'
import { forgetSavedDraft } from '@/db/storedDraft'
import { localizedTextarea } from '@/fields/common'
import { label } from '@/fields/label'
import { withSourceBeside } from '@/fields/sourceBeside'
import { sourceField } from '@/fields/source'
import { auditDelete, auditSave } from '@/audit/contentHooks'
import { rejectMalformedValues } from '@/hooks/rejectMalformedValues'
import { rejectUnknownLocale } from '@/hooks/rejectUnknownLocale'
import {
  recordTranslationSources,
  translationSourcesField,
  translationSourcesFieldName,
} from '@/translation/sourceTracking'

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
  access: {
    read: isStaff,
    create: isEditor,
    delete: isEditor,
    update: translatorScopedUpdate(collectionFields('glossary'), loadDocument('glossary')),
  },
  hooks: {
    beforeChange: [recordTranslationSources(() => Glossary.fields)],
    beforeOperation: [
      rejectUnknownLocale,
      rejectMalformedValues,
      translatorsLeaveTimestampsToPayload,
      explainTranslatorRefusals(collectionFields('glossary'), loadDocument('glossary')),
    ],
    // The two steps above and update access share one read of the stored document per save.
    afterChange: [forgetSavedDraft, auditSave([translationSourcesFieldName])],
    afterDelete: [auditDelete],
  },
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
