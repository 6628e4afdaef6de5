import type { Field, GlobalConfig } from 'payload'

import {
  explainTranslatorRefusals,
  globalFields,
  loadGlobal,
  translatorScopedUpdate,
  translatorsLeaveTimestampsToPayload,
} from '@/access/translatorScope'
import type { SiteGlobal } from '@/domain/contentCollections'
import { label, type Label } from '@/fields/label'
import { auditGlobalSave } from '@/audit/contentHooks'
import { rejectMalformedGlobalValues } from '@/hooks/rejectMalformedValues'
import { rejectUnknownLocale } from '@/hooks/rejectUnknownLocale'
import { revalidateGlobalAfterChange } from '@/hooks/revalidate'
import { withSourceBeside } from '@/fields/sourceBeside'
import {
  recordGlobalTranslationSources,
  translationSourcesField,
  translationSourcesFieldName,
} from '@/translation/sourceTracking'

import { globalPreview } from './content'

type SiteGlobalConfig = { slug: SiteGlobal; label: Label; group: Label; fields: Field[] }

/**
 * A global the public site shows: anyone reads it, translators change only their locale's text
 * (the same rule and refusals as for content records), the source shows beside each localized
 * field, and a change refreshes the site.
 */
export function siteGlobal({ slug, label: name, group, fields }: SiteGlobalConfig): GlobalConfig {
  const global: GlobalConfig = {
    slug,
    label: label(name),
    admin: { group: label(group), ...globalPreview },
    access: {
      read: () => true,
      update: translatorScopedUpdate(globalFields(slug), loadGlobal(slug)),
    },
    hooks: {
      // Which source text each translation was made from, so the status shows it outdated later.
      beforeChange: [recordGlobalTranslationSources(() => global.fields)],
      beforeOperation: [
        rejectUnknownLocale,
        rejectMalformedGlobalValues,
        translatorsLeaveTimestampsToPayload,
        explainTranslatorRefusals(globalFields(slug), loadGlobal(slug)),
      ],
      afterChange: [revalidateGlobalAfterChange, auditGlobalSave([translationSourcesFieldName])],
    },
    fields: withSourceBeside([...fields, translationSourcesField]),
  }
  return global
}
