import type {
  ClientTranslationKeys,
  I18nClient,
  NestedKeysStripped,
  TFunction,
} from '@payloadcms/translations'

import type { Locale } from '@/i18n/locales'

/**
 * The admin panel's own strings (the translator workflow), added to Payload's through the config's
 * `i18n.translations`, one object per admin language, in the namespace `translator`. Components
 * read them with Payload's `t('translator:…')`, in the language the user chose for the admin. The
 * public site's strings are i18next's (locales/<lng>/*.json).
 */
const en = {
  translator: {
    source: 'Source text (Chinese)',
    changedSince: 'The source changed after this translation was made:',
    glossary: 'Glossary',
    dashboard: 'Translation status',
    collection: 'Content type',
    missing: 'Missing',
    outdated: 'Outdated',
    complete: 'Complete',
    published: 'Published',
    notPublished: 'Not published',
    needsWork: 'Needs translation',
    none: 'Everything is translated.',
    notAllowed: 'This page is for editors and translators.',
    exportXliff: 'Export XLIFF',
    scheduled: 'Scheduled publications',
    scheduledNone: 'Nothing is scheduled.',
    record: 'Record',
    language: 'Language',
    action: 'Action',
    publish: 'Publish',
    withdraw: 'Withdraw',
    when: 'When',
    by: 'Scheduled by',
    failed: 'Failed',
    cancel: 'Cancel',
    cancelFailed: 'Could not cancel:',
    scheduleTitle: 'Schedule',
    scheduleLocales: 'Languages',
    scheduleAt: 'Date and time (your local time)',
    scheduleSubmit: 'Schedule',
    scheduleDone: 'Scheduled.',
    scheduleFailed: 'Could not schedule:',
    schedulePending: 'Scheduled for this record',
    sheetTitle: 'Spreadsheet import/export',
    sheetExport: 'Export',
    sheetFile: 'Spreadsheet file (XLSX or CSV)',
    sheetPublish: 'Publish the changed languages (editors only)',
    sheetCheck: 'Check (writes nothing)',
    sheetApply: 'Import all',
    sheetApplied: 'Imported.',
    sheetCreate: 'Create',
    sheetUpdate: 'Update',
    sheetUnchanged: 'Unchanged',
    sheetErrors: 'Errors',
    sheetRow: 'Row',
    sheetColumn: 'Column',
    sheetProblem: 'Problem',
    sheetDraftNote: 'Saved as drafts: the public sees nothing until it is published.',
    sheetPublishNote: 'The languages each row changes are published, one by one.',
  },
}

export type AdminTranslations = typeof en

const de: AdminTranslations = {
  translator: {
    source: 'Ausgangstext (Chinesisch)',
    changedSince: 'Der Ausgangstext wurde nach der Übersetzung geändert:',
    glossary: 'Glossar',
    dashboard: 'Übersetzungsstand',
    collection: 'Inhaltstyp',
    missing: 'Fehlt',
    outdated: 'Veraltet',
    complete: 'Vollständig',
    published: 'Veröffentlicht',
    notPublished: 'Nicht veröffentlicht',
    needsWork: 'Zu übersetzen',
    none: 'Alles übersetzt.',
    notAllowed: 'Diese Seite ist Redaktion und Übersetzern vorbehalten.',
    exportXliff: 'XLIFF exportieren',
    scheduled: 'Geplante Veröffentlichungen',
    scheduledNone: 'Keine Veröffentlichung geplant.',
    record: 'Eintrag',
    language: 'Sprache',
    action: 'Aktion',
    publish: 'Veröffentlichen',
    withdraw: 'Zurückziehen',
    when: 'Zeitpunkt',
    by: 'Geplant von',
    failed: 'Fehlgeschlagen',
    cancel: 'Abbrechen',
    cancelFailed: 'Abbrechen fehlgeschlagen:',
    scheduleTitle: 'Planen',
    scheduleLocales: 'Sprachen',
    scheduleAt: 'Datum und Uhrzeit (Ihre Ortszeit)',
    scheduleSubmit: 'Einplanen',
    scheduleDone: 'Eingeplant.',
    scheduleFailed: 'Einplanen fehlgeschlagen:',
    schedulePending: 'Für diesen Eintrag geplant',
    sheetTitle: 'Tabelle importieren/exportieren',
    sheetExport: 'Exportieren',
    sheetFile: 'Tabellendatei (XLSX oder CSV)',
    sheetPublish: 'Geänderte Sprachen gleich veröffentlichen (nur Redaktion)',
    sheetCheck: 'Prüfen (nichts speichern)',
    sheetApply: 'Alles importieren',
    sheetApplied: 'Importiert.',
    sheetCreate: 'Neu',
    sheetUpdate: 'Ändern',
    sheetUnchanged: 'Unverändert',
    sheetErrors: 'Fehler',
    sheetRow: 'Zeile',
    sheetColumn: 'Spalte',
    sheetProblem: 'Problem',
    sheetDraftNote: 'Wird als Entwurf gespeichert: öffentlich erst nach der Veröffentlichung.',
    sheetPublishNote: 'Die geänderten Sprachen jeder Zeile werden einzeln veröffentlicht.',
  },
}

const zh: AdminTranslations = {
  translator: {
    source: '源文本（中文）',
    changedSince: '翻译之后源文本有改动：',
    glossary: '术语',
    dashboard: '翻译进度',
    collection: '内容类型',
    missing: '缺失',
    outdated: '过期',
    complete: '完成',
    published: '已发布',
    notPublished: '未发布',
    needsWork: '待翻译',
    none: '全部完成。',
    notAllowed: '此页面仅供编辑和译员使用。',
    exportXliff: '导出 XLIFF',
    scheduled: '定时发布',
    scheduledNone: '没有待执行的定时发布。',
    record: '内容',
    language: '语言',
    action: '操作',
    publish: '发布',
    withdraw: '撤下',
    when: '时间',
    by: '安排人',
    failed: '失败',
    cancel: '取消',
    cancelFailed: '未能取消：',
    scheduleTitle: '定时',
    scheduleLocales: '语言',
    scheduleAt: '日期和时间（您的当地时间）',
    scheduleSubmit: '安排',
    scheduleDone: '已安排。',
    scheduleFailed: '未能安排：',
    schedulePending: '本条内容的定时任务',
    sheetTitle: '电子表格导入/导出',
    sheetExport: '导出',
    sheetFile: '表格文件（XLSX 或 CSV）',
    sheetPublish: '直接发布所改语言（仅编辑）',
    sheetCheck: '检查（不写入）',
    sheetApply: '全部导入',
    sheetApplied: '已导入。',
    sheetCreate: '新建',
    sheetUpdate: '更新',
    sheetUnchanged: '未变',
    sheetErrors: '错误',
    sheetRow: '行',
    sheetColumn: '列',
    sheetProblem: '问题',
    sheetDraftNote: '保存为草稿：发布前公众看不到。',
    sheetPublishNote: '每行所改的语言将逐一发布。',
  },
}

/** Every admin language has every string: a language missing one fails the type check here. */
export const adminTranslations: Record<Locale, AdminTranslations> = { zh, de, en }

export type AdminTranslationKey = NestedKeysStripped<AdminTranslations>

/**
 * Payload's `t` of a server component's `i18n`, knowing our keys. Payload types a server
 * component's `i18n` with its own keys only; the translations behind it include ours (the
 * config's `i18n.translations` are merged into every language Payload loads).
 */
export function adminT(i18n: I18nClient): TFunction<AdminTranslationKey | ClientTranslationKeys> {
  return i18n.t as TFunction<AdminTranslationKey | ClientTranslationKeys>
}
