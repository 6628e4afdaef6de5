import { optionsFrom } from './options'

/** The audit trail's collection (collections/AuditLog): written by src/audit/, read by admins only. */
export const auditLogSlug = 'audit-log' as const

/**
 * What an audit entry says happened, with its label in the admin and the CSV. The review workflow
 * records `approve` and `return`; the rest are recorded by the hooks in src/audit/.
 */
export const auditActionOptions = optionsFrom({
  create: { zh: '新建', de: 'Angelegt', en: 'Created' },
  save: { zh: '保存', de: 'Gespeichert', en: 'Saved' },
  'save-draft': { zh: '保存草稿', de: 'Entwurf gespeichert', en: 'Draft saved' },
  publish: { zh: '发布', de: 'Veröffentlicht', en: 'Published' },
  withdraw: { zh: '撤回', de: 'Zurückgezogen', en: 'Withdrawn' },
  delete: { zh: '删除', de: 'Gelöscht', en: 'Deleted' },
  'import-xliff': { zh: '导入 XLIFF', de: 'XLIFF importiert', en: 'XLIFF imported' },
  'import-sheet': { zh: '导入表格', de: 'Tabelle importiert', en: 'Spreadsheet imported' },
  'machine-translate': {
    zh: '机器预翻译',
    de: 'Maschinell vorübersetzt',
    en: 'Machine pre-translated',
  },
  schedule: { zh: '定时发布', de: 'Zeitgesteuert geplant', en: 'Scheduled' },
  'role-change': { zh: '角色变更', de: 'Rollen geändert', en: 'Roles changed' },
  'locale-change': { zh: '语言变更', de: 'Sprachen geändert', en: 'Languages changed' },
  login: { zh: '登录', de: 'Angemeldet', en: 'Signed in' },
  assign: { zh: '分配翻译', de: 'Übersetzung zugewiesen', en: 'Translation assigned' },
  approve: { zh: '审核通过', de: 'Freigegeben', en: 'Approved' },
  return: { zh: '退回', de: 'Zurückgegeben', en: 'Returned' },
})

export type AuditAction = (typeof auditActionOptions)[number]['value']

export const auditActions: readonly AuditAction[] = auditActionOptions.map((option) => option.value)

export function isAuditAction(value: string): value is AuditAction {
  return (auditActions as readonly string[]).includes(value)
}
