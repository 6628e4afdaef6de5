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
  scheduled: { zh: '定时发布', de: 'Geplante Veröffentlichungen', en: 'Scheduled publications' },
  scheduledNone: {
    zh: '没有待执行的定时发布。',
    de: 'Keine Veröffentlichung geplant.',
    en: 'Nothing is scheduled.',
  },
  record: { zh: '内容', de: 'Eintrag', en: 'Record' },
  language: { zh: '语言', de: 'Sprache', en: 'Language' },
  action: { zh: '操作', de: 'Aktion', en: 'Action' },
  publish: { zh: '发布', de: 'Veröffentlichen', en: 'Publish' },
  withdraw: { zh: '撤下', de: 'Zurückziehen', en: 'Withdraw' },
  when: { zh: '时间', de: 'Zeitpunkt', en: 'When' },
  by: { zh: '安排人', de: 'Geplant von', en: 'Scheduled by' },
  failed: { zh: '失败', de: 'Fehlgeschlagen', en: 'Failed' },
  cancel: { zh: '取消', de: 'Abbrechen', en: 'Cancel' },
  cancelFailed: {
    zh: '未能取消：',
    de: 'Abbrechen fehlgeschlagen:',
    en: 'Could not cancel:',
  },
} satisfies Record<string, Record<Locale, string>>

export type MessageKey = keyof typeof messages

export function adminText(key: MessageKey, language: string | undefined): string {
  return messages[key][isLocale(language) ? language : sourceLocale]
}
