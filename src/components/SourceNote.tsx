import { getT } from '@/i18n/server'
import { bcp47, type Locale } from '@/i18n/locales'

/** Where the facts come from: the article section and the quoted Chinese sentence, as stored. */
export async function SourceNote({ locale, source }: { locale: Locale; source: string | null }) {
  if (!source) return null
  const t = await getT(locale, 'common')
  return (
    <aside className="source-note" aria-label={t('source.label')}>
      <h2>{t('source.label')}</h2>
      <p>
        <q lang={bcp47.zh}>{source}</q>
      </p>
      {locale !== 'zh' ? <p className="hint">{t('source.inChinese')}</p> : null}
    </aside>
  )
}
