import { getT } from '@/i18n/server'
import { bcp47, type Locale } from '@/i18n/locales'
import { readCitation, type SourceLine } from '@/lib/citation'

/** "《title》· section" in the reader's language: where a fact comes from, in one short line. */
export async function SourceLineText({ line, locale }: { line: SourceLine; locale: Locale }) {
  const t = await getT(locale, 'common')
  return <cite>{t('source.line', { title: line.title, section: line.section })}</cite>
}

/**
 * A record's source on its own page: the article and section in the reader's language, then the
 * quoted Chinese sentence, marked as Chinese. A source that is no citation of the article (an
 * editor's own note) is shown as written.
 */
export async function SourceNote({ locale, source }: { locale: Locale; source: string | null }) {
  if (!source) return null
  const t = await getT(locale, 'common')
  const line = readCitation(source, locale)
  return (
    <aside className="source-note" aria-label={t('source.label')}>
      <h2>{t('source.label')}</h2>
      {line ? (
        <>
          <p>
            <SourceLineText line={line} locale={locale} />
          </p>
          <blockquote lang={bcp47.zh}>
            <p>{line.quote}</p>
          </blockquote>
          {locale !== 'zh' ? <p className="hint">{t('source.inChinese')}</p> : null}
        </>
      ) : (
        <p>{source}</p>
      )}
    </aside>
  )
}
