import { type AdminTranslationKey } from '@/i18n/adminTranslations'

import { SheetImport, type SheetImportText } from './SheetImport'
import { staffListTool } from './staffOnly'

const keys = {
  title: 'translator:sheetTitle',
  file: 'translator:sheetFile',
  publish: 'translator:sheetPublish',
  check: 'translator:sheetCheck',
  apply: 'translator:sheetApply',
  applied: 'translator:sheetApplied',
  create: 'translator:sheetCreate',
  update: 'translator:sheetUpdate',
  unchanged: 'translator:sheetUnchanged',
  errors: 'translator:sheetErrors',
  row: 'translator:sheetRow',
  column: 'translator:sheetColumn',
  problem: 'translator:sheetProblem',
  draftNote: 'translator:sheetDraftNote',
  publishNote: 'translator:sheetPublishNote',
  export: 'translator:sheetExport',
} as const satisfies Record<keyof SheetImportText, AdminTranslationKey>

/** Above the enterprise and platform lists, for staff: spreadsheet export and import. */
export const SheetTools = staffListTool(({ t, apiBase, collectionSlug }) => {
  const text = Object.fromEntries(
    Object.entries(keys).map(([name, key]) => [name, t(key)]),
  ) as SheetImportText
  return (
    <SheetImport
      endpoint={`${apiBase}/import/${collectionSlug}`}
      exportUrl={`${apiBase}/export/${collectionSlug}`}
      text={text}
    />
  )
})
