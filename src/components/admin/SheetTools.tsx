import type { ServerProps } from 'payload'

import { isStaffUser } from '@/access/roles'
import { adminT, type AdminTranslationKey } from '@/i18n/adminTranslations'

import { SheetImport, type SheetImportText } from './SheetImport'

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
export function SheetTools({
  payload,
  user,
  i18n,
  collectionSlug,
}: ServerProps & { collectionSlug?: string }) {
  if (!collectionSlug || !isStaffUser(user as never)) return null
  const api = `${payload.config.serverURL ?? ''}${payload.config.routes.api}`
  const t = adminT(i18n)
  const text = Object.fromEntries(
    Object.entries(keys).map(([name, key]) => [name, t(key)]),
  ) as SheetImportText
  return (
    <SheetImport
      endpoint={`${api}/import/${collectionSlug}`}
      exportUrl={`${api}/export/${collectionSlug}`}
      text={text}
    />
  )
}
