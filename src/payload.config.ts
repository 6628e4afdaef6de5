import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections, globals } from '@collections/index'

import { emailAdapter } from './config/email'
import { payloadLocalization } from './config/payloadLocalization'
import { payloadSecret } from './config/secret'
import { maxUploadBytes, multipartOverheadBytes } from './domain/uploadLimits'
import { databaseAdapter } from './db/adapter'
import { databaseUri } from './db/databaseUri'
import { applyMigrations } from './db/migrate'
import { adminTranslations } from './i18n/adminTranslations'
import { keepErrorDetails } from './hooks/errorDetails'
import { malformedMultipartIsClientError } from './hooks/malformedMultipart'
import { withGraphQLQueryChecks } from './http/graphqlQueries'
import { checkRateLimitSettings } from './http/rateLimit'
import { seedIfEmpty } from './seed/seedIfEmpty'
import { jobs } from './jobs/config'
import { subscribeWorkflowMail } from './notifications/subscribe'
import { machineTranslationEndpoint } from './machineTranslation/endpoint'
import { sheetExportEndpoint, sheetImportEndpoint } from './sheet/endpoints'
import { publicationEndpoint } from './translation/endpoints/publication'
import { qaEndpoint } from './translation/endpoints/qa'
import { scheduleEndpoints } from './translation/endpoints/schedule'
import { sourceEndpoint } from './translation/endpoints/source'
import { translationStatusEndpoint } from './translation/endpoints/status'
import { xliffExportEndpoint, xliffImportEndpoint } from './translation/endpoints/xliff'
import { reviewEndpoints } from './workflow/endpoints/review'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const isTest = process.env.NODE_ENV === 'test'

checkRateLimitSettings()

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || undefined,
  admin: {
    user: 'users',
    // Gravatar would send every editor's e-mail hash abroad and fails offline.
    avatar: 'default',
    // date-fns' localized date and time ("1. Jan. 2022 00:00" in German) instead of
    // Payload's English pattern spelled in German ("Januar 1. 2022, 12:00 vorm.").
    dateFormat: 'PPp',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · 太仓对德合作 CMS' },
    components: {
      afterNavLinks: ['/components/admin/TranslationNavLink#TranslationNavLink'],
      views: {
        translation: {
          Component: '/components/admin/TranslationDashboard#TranslationDashboard',
          path: '/translation',
        },
      },
    },
  },
  collections: collections.map(withGraphQLQueryChecks),
  globals,
  editor: lexicalEditor(),
  db: databaseAdapter(databaseUri()),
  email: emailAdapter(),
  localization: payloadLocalization,
  i18n: {
    supportedLanguages: { zh, de, en },
    fallbackLanguage: 'zh',
    // The admin's own strings (translator workflow), beside Payload's, in every admin language.
    translations: adminTranslations,
  },
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    // Under test, getPayload would otherwise rewrite payload-types.ts in the background.
    autoGenerate: !isTest,
  },
  graphQL: { disablePlaygroundInProduction: true },
  jobs,
  hooks: { afterError: [keepErrorDetails, malformedMultipartIsClientError] },
  endpoints: [
    translationStatusEndpoint,
    publicationEndpoint,
    qaEndpoint,
    ...scheduleEndpoints,
    ...reviewEndpoints,
    sourceEndpoint,
    xliffExportEndpoint,
    xliffImportEndpoint,
    machineTranslationEndpoint,
    sheetImportEndpoint,
    sheetExportEndpoint,
  ],
  // Payload streams multipart bodies through these limits and answers 413 when one is passed,
  // instead of its defaults (20 MB per file, 50 MB per request).
  upload: {
    limits: { fileSize: maxUploadBytes },
    requestSizeLimit: maxUploadBytes + multipartOverheadBytes,
  },
  sharp,
  // Schema first, then (embedded development database only) the source content; workflow
  // events queue their mails from then on.
  onInit: async (payload) => {
    await applyMigrations(payload)
    await seedIfEmpty(payload)
    subscribeWorkflowMail()
  },
})
