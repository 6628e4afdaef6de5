import { getT, languageName, listOf } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'

/** Tells the reader that some text on the page is not yet in their language, and which language it is in. */
export async function FallbackNotice({
  locale,
  languages,
}: {
  locale: Locale
  languages: Locale[]
}) {
  if (languages.length === 0) return null
  const t = await getT(locale, 'common')
  return (
    <p className="notice" role="note">
      {t('fallback.notice', {
        languages: listOf(
          languages.map((language) => languageName(language, locale)),
          locale,
        ),
      })}
    </p>
  )
}
