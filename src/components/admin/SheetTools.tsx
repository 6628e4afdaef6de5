import type { ServerProps } from 'payload'

import { isStaffUser } from '@/access/roles'

import { adminText } from './messages'
import { SheetImport, type SheetImportText } from './SheetImport'

const keys = {
  title: 'sheetTitle',
  file: 'sheetFile',
  publish: 'sheetPublish',
  check: 'sheetCheck',
  apply: 'sheetApply',
  applied: 'sheetApplied',
  create: 'sheetCreate',
  update: 'sheetUpdate',
  unchanged: 'sheetUnchanged',
  errors: 'sheetErrors',
  row: 'sheetRow',
  column: 'sheetColumn',
  problem: 'sheetProblem',
  draftNote: 'sheetDraftNote',
  publishNote: 'sheetPublishNote',
  export: 'sheetExport',
} as const satisfies Record<keyof SheetImportText, Parameters<typeof adminText>[0]>

/** Above the enterprise and platform lists, for staff: spreadsheet export and import. */
export function SheetTools({
  payload,
  user,
  i18n,
  collectionSlug,
}: ServerProps & { collectionSlug?: string }) {
  if (!collectionSlug || !isStaffUser(user as never)) return null
  const api = `${payload.config.serverURL ?? ''}${payload.config.routes.api}`
  const text = Object.fromEntries(
    Object.entries(keys).map(([name, key]) => [name, adminText(key, i18n.language)]),
  ) as SheetImportText
  return (
    <SheetImport
      endpoint={`${api}/import/${collectionSlug}`}
      exportUrl={`${api}/export/${collectionSlug}`}
      text={text}
    />
  )
}
