import type { Locale } from '@/i18n/locales'

/**
 * The source article every seeded record cites, and the names of its sections, in each language.
 * A record's `source` field stores 《title》· section：「quote」 (the seed writes it, see
 * `formatCitation`); the site shows a reader the title and section in their language as one short
 * line, and the Chinese quotation only on the record's own page.
 */
export const article = {
  title: {
    zh: '放大对德合作优势 对外开放勇攀高峰',
    de: 'Die Stärken der Zusammenarbeit mit Deutschland ausbauen – bei der Öffnung nach außen neue Höhen erreichen',
    en: 'Building on the strengths of cooperation with Germany to scale new heights in opening up',
  },
  file: 'src/seed/source/taicang-german-cooperation.zh.txt',
} as const satisfies { title: Record<Locale, string>; file: string }

/** The article's parts as the seed cites them: its untitled opening and closing paragraphs named. */
const sectionNames: Record<string, Record<Locale, string>> = {
  导语: { zh: '导语', de: 'Einleitung', en: 'Introduction' },
  对德合作大事记: {
    zh: '对德合作大事记',
    de: 'Meilensteine der Zusammenarbeit mit Deutschland',
    en: 'Milestones of cooperation with Germany',
  },
  现状: { zh: '现状', de: 'Aktueller Stand', en: 'Current situation' },
  下一步: { zh: '下一步', de: 'Ausblick', en: 'Outlook' },
  图片说明: { zh: '图片说明', de: 'Bildunterschrift', en: 'Photo caption' },
}

export type Citation = { section: string; quote: string }

/** The text stored in a record's `source` field: which article, which section, which words. */
export function formatCitation({ section, quote }: Citation): string {
  return `《${article.title.zh}》· ${section}：「${quote}」`
}

export type SourceLine = { title: string; section: string; quote: string }

/**
 * A stored citation of the article read back in the reader's language: null when the field holds
 * something else (an editor's own wording), which the site then shows as it is.
 */
export function readCitation(source: string | null, locale: Locale): SourceLine | null {
  const match = source?.match(/^《(.+?)》· (.+?)：「([\s\S]*)」$/)
  if (!match || match[1] !== article.title.zh) return null
  const section = translateSection(match[2]!, locale)
  if (section === null) return null
  return { title: article.title[locale], section, quote: match[3]! }
}

/** "对德合作大事记 · 2015年 / 现状" → "Meilensteine … · 2015 / Aktueller Stand"; null if unknown. */
function translateSection(section: string, locale: Locale): string | null {
  const alternatives = section.split(' / ').map((part) =>
    part.split(' · ').map((piece) => {
      const year = /^(\d{4})年$/.exec(piece)?.[1]
      if (year) return locale === 'zh' ? piece : year
      return sectionNames[piece]?.[locale] ?? null
    }),
  )
  if (alternatives.some((pieces) => pieces.includes(null))) return null
  return alternatives.map((pieces) => pieces.join(' · ')).join(' / ')
}
