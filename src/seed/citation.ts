import type { Citation } from './content/types'

const articleTitle = '放大对德合作优势 对外开放勇攀高峰'

/** The text stored in a record's `source` field: which article, which section, which words. */
export function formatCitation({ section, quote }: Citation): string {
  return `《${articleTitle}》· ${section}：「${quote}」`
}
