import { isLocale, sourceLocale, type Locale } from '@/i18n/locales'

/** Admin-panel strings of the translator workflow, in the language the user chose for the admin. */
const messages = {
  source: { zh: '源文本（中文）', de: 'Ausgangstext (Chinesisch)', en: 'Source text (Chinese)' },
  changedSince: {
    zh: '翻译之后源文本有改动：',
    de: 'Der Ausgangstext wurde nach der Übersetzung geändert:',
    en: 'The source changed after this translation was made:',
  },
  glossary: { zh: '术语', de: 'Glossar', en: 'Glossary' },
  dashboard: { zh: '翻译进度', de: 'Übersetzungsstand', en: 'Translation status' },
  collection: { zh: '内容类型', de: 'Inhaltstyp', en: 'Content type' },
  missing: { zh: '缺失', de: 'Fehlt', en: 'Missing' },
  outdated: { zh: '过期', de: 'Veraltet', en: 'Outdated' },
  complete: { zh: '完成', de: 'Vollständig', en: 'Complete' },
  published: { zh: '已发布', de: 'Veröffentlicht', en: 'Published' },
  notPublished: { zh: '未发布', de: 'Nicht veröffentlicht', en: 'Not published' },
  needsWork: { zh: '待翻译', de: 'Zu übersetzen', en: 'Needs translation' },
  none: { zh: '全部完成。', de: 'Alles übersetzt.', en: 'Everything is translated.' },
  notAllowed: {
    zh: '此页面仅供编辑和译员使用。',
    de: 'Diese Seite ist Redaktion und Übersetzern vorbehalten.',
    en: 'This page is for editors and translators.',
  },
  exportXliff: { zh: '导出 XLIFF', de: 'XLIFF exportieren', en: 'Export XLIFF' },
  sheetTitle: {
    zh: '电子表格导入/导出',
    de: 'Tabelle importieren/exportieren',
    en: 'Spreadsheet import/export',
  },
  sheetExport: { zh: '导出', de: 'Exportieren', en: 'Export' },
  sheetFile: {
    zh: '表格文件（XLSX 或 CSV）',
    de: 'Tabellendatei (XLSX oder CSV)',
    en: 'Spreadsheet file (XLSX or CSV)',
  },
  sheetPublish: {
    zh: '直接发布所改语言（仅编辑）',
    de: 'Geänderte Sprachen gleich veröffentlichen (nur Redaktion)',
    en: 'Publish the changed languages (editors only)',
  },
  sheetCheck: {
    zh: '检查（不写入）',
    de: 'Prüfen (nichts speichern)',
    en: 'Check (writes nothing)',
  },
  sheetApply: { zh: '全部导入', de: 'Alles importieren', en: 'Import all' },
  sheetApplied: { zh: '已导入。', de: 'Importiert.', en: 'Imported.' },
  sheetCreate: { zh: '新建', de: 'Neu', en: 'Create' },
  sheetUpdate: { zh: '更新', de: 'Ändern', en: 'Update' },
  sheetUnchanged: { zh: '未变', de: 'Unverändert', en: 'Unchanged' },
  sheetErrors: { zh: '错误', de: 'Fehler', en: 'Errors' },
  sheetRow: { zh: '行', de: 'Zeile', en: 'Row' },
  sheetColumn: { zh: '列', de: 'Spalte', en: 'Column' },
  sheetProblem: { zh: '问题', de: 'Problem', en: 'Problem' },
  sheetDraftNote: {
    zh: '保存为草稿：发布前公众看不到。',
    de: 'Wird als Entwurf gespeichert: öffentlich erst nach der Veröffentlichung.',
    en: 'Saved as drafts: the public sees nothing until it is published.',
  },
  sheetPublishNote: {
    zh: '每行所改的语言将逐一发布。',
    de: 'Die geänderten Sprachen jeder Zeile werden einzeln veröffentlicht.',
    en: 'The languages each row changes are published, one by one.',
  },
} satisfies Record<string, Record<Locale, string>>

export type MessageKey = keyof typeof messages

export function adminText(key: MessageKey, language: string | undefined): string {
  return messages[key][isLocale(language) ? language : sourceLocale]
}
