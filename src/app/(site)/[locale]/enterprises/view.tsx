import { germanStates, industries } from '@/domain/enterpriseOptions'
import { FilterForm } from '@/components/FilterForm'
import { LocalizedText } from '@/components/LocalizedText'
import type { RenderedPage } from '@/components/renderedPage'
import { listPage } from '@/components/pageFrames'
import { Pagination } from '@/components/Pagination'
import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'
import { directoryPage, filterQuery, parseFilters } from '@/lib/directory'
import { formatYear } from '@/lib/format'
import { itemList } from '@/lib/jsonLd'
import { fallbackLanguages, optionLabel } from '@/lib/localized'
import { absoluteUrl, pathFor } from '@/lib/paths'
import { getEnterprises } from '@/queries/enterprises'

/** The directory of German enterprises: filters in the URL, paginated. */
export async function enterprisesPage(
  locale: Locale,
  query: Record<string, string>,
): Promise<RenderedPage> {
  const filters = parseFilters(query)
  const [t, tc, enterprises] = await Promise.all([
    getT(locale, 'enterprises'),
    getT(locale, 'common'),
    getEnterprises(locale),
  ])
  const { items, total, page, pages } = directoryPage(enterprises, filters, locale)
  const years = [
    ...new Set(
      enterprises
        .map((enterprise) => enterprise.yearArrived)
        .filter((year): year is number => year !== null),
    ),
  ].sort((a, b) => a - b)
  const base = pathFor(locale, { page: 'enterprises' })
  const filtered = Boolean(filters.industry || filters.state || filters.champion || filters.year)

  return listPage({
    locale,
    route: { page: 'enterprises' },
    query: filterQuery(filters, page),
    section: 'enterprises',
    title: t('title'),
    description: t('description'),
    fallback: fallbackLanguages(
      locale,
      items.flatMap((enterprise) => [enterprise.name, enterprise.germanHeadquarters]),
    ),
    jsonLd: [
      itemList(
        t('title'),
        items.map((enterprise) => ({
          name: enterprise.name.value,
          url: absoluteUrl(pathFor(locale, { page: 'enterprise', slug: enterprise.slug })),
        })),
      ),
    ],
    children: (
      <>
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>

        <FilterForm
          action={base}
          legend={tc('filters.legend')}
          submit={tc('filters.apply')}
          reset={filtered ? { label: tc('filters.reset'), href: base } : undefined}
          fields={[
            {
              name: 'industry',
              label: t('filter.industry'),
              value: filters.industry,
              options: [
                { value: '', label: t('filter.allIndustries') },
                ...industries.map((option) => ({
                  value: option.value,
                  label: option.label[locale],
                })),
              ],
            },
            {
              name: 'state',
              label: t('filter.state'),
              value: filters.state,
              options: [
                { value: '', label: t('filter.allStates') },
                ...germanStates.map((option) => ({
                  value: option.value,
                  label: option.label[locale],
                })),
              ],
            },
            {
              name: 'year',
              label: t('filter.year'),
              value: filters.year === undefined ? undefined : String(filters.year),
              options: [
                { value: '', label: t('filter.allYears') },
                ...years.map((year) => ({ value: String(year), label: formatYear(year, locale) })),
              ],
            },
            {
              name: 'champion',
              label: t('filter.champion'),
              checked: Boolean(filters.champion),
              type: 'checkbox',
            },
          ]}
        />

        <p className="result-count" role="status">
          {t('count', { count: total })}
        </p>

        {items.length === 0 ? (
          <p className="empty">{t('empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="directory">
              <caption className="visually-hidden">{t('tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('columns.name')}</th>
                  <th scope="col">{t('columns.industry')}</th>
                  <th scope="col">{t('columns.origin')}</th>
                  <th scope="col">{t('columns.since')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((enterprise) => (
                  <tr key={enterprise.id}>
                    <th scope="row">
                      <a href={pathFor(locale, { page: 'enterprise', slug: enterprise.slug })}>
                        <LocalizedText shown={enterprise.name} locale={locale} />
                      </a>
                      {enterprise.hiddenChampion ? (
                        <span className="tag tag--champion">{t('hiddenChampion')}</span>
                      ) : null}
                    </th>
                    <td>{optionLabel(industries, enterprise.industry, locale) ?? ''}</td>
                    <td>
                      {[
                        enterprise.germanHeadquarters ? (
                          <LocalizedText
                            key="hq"
                            shown={enterprise.germanHeadquarters}
                            locale={locale}
                          />
                        ) : null,
                        optionLabel(germanStates, enterprise.germanState, locale),
                      ]
                        .filter(Boolean)
                        .flatMap((part, index) => (index > 0 ? [', ', part] : [part]))}
                    </td>
                    <td>
                      {enterprise.yearArrived ? formatYear(enterprise.yearArrived, locale) : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}

        <Pagination
          locale={locale}
          page={page}
          pages={pages}
          href={(target) => pathFor(locale, { page: 'enterprises' }, filterQuery(filters, target))}
        />
      </>
    ),
  })
}
