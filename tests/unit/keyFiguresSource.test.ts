import { renderToStaticMarkup } from 'react-dom/server'

import { KeyFigures } from '@/components/KeyFigures'
import type { Locale } from '@/i18n/locales'
import { formatCitation } from '@/lib/citation'
import { keyFigures } from '@/seed/content'

/** The key figures as the home page shows them, from the seed's figures (issue #9, sources). */
async function rendered(locale: Locale): Promise<string> {
  const figures = keyFigures.map((figure) => ({
    key: figure.key,
    label: { value: figure.label[locale], lang: locale },
    value: figure.value,
    unit: figure.unit,
    qualifier: figure.qualifier,
    asOfYear: figure.asOfYear ?? null,
    source: formatCitation(figure.source),
  }))
  return renderToStaticMarkup(await KeyFigures({ locale, figures }))
}

describe('key figures cite their source in the reader’s language, without the Chinese quotation', () => {
  it.each(['de', 'en'] as const)(
    '%s: one short line per figure, the article named once',
    async (locale) => {
      const html = await rendered(locale)
      const han = html.replace(/<[^>]+>/g, '').match(/\p{Script=Han}/gu) ?? []
      // Only the article's Chinese title, once, marked as Chinese, for readers who look it up.
      expect(han.join('')).toBe('放大对德合作优势对外开放勇攀高峰')
      expect(html).toContain('<span lang="zh-Hans-CN">放大对德合作优势 对外开放勇攀高峰</span>')
      expect(html).not.toContain('半数以上')
    },
  )

  it('names the section in German', async () => {
    expect(await rendered('de')).toContain('Quelle: Abschnitt „Aktueller Stand“')
  })
})
