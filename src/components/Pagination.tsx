import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'
import { formatNumber } from '@/lib/format'

/** Previous / next links and the page numbers, as plain links that keep the current filters. */
export async function Pagination({
  locale,
  page,
  pages,
  href,
}: {
  locale: Locale
  page: number
  pages: number
  href: (page: number) => string
}) {
  if (pages <= 1) return null
  const t = await getT(locale, 'common')
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <ul>
        <li>
          {page > 1 ? (
            <a href={href(page - 1)} rel="prev">
              {t('pagination.previous')}
            </a>
          ) : null}
        </li>
        {Array.from({ length: pages }, (_, index) => index + 1).map((number) => (
          <li key={number}>
            <a
              href={href(number)}
              aria-current={number === page ? 'page' : undefined}
              aria-label={t('pagination.page', { page: formatNumber(number, locale) })}
            >
              {formatNumber(number, locale)}
            </a>
          </li>
        ))}
        <li>
          {page < pages ? (
            <a href={href(page + 1)} rel="next">
              {t('pagination.next')}
            </a>
          ) : null}
        </li>
      </ul>
    </nav>
  )
}
