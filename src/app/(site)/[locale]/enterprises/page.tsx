import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { germanStates, industries } from '@collections/Enterprises/options'
import { FilterForm } from '@/components/FilterForm'
import { LocalizedText } from '@/components/LocalizedText'
import { PageShell } from '@/components/PageShell'
import { Pagination } from '@/components/Pagination'
import { getT } from '@/i18n/server'
import { isLocale, type Locale } from '@/i18n/locales'
import { directoryPage, filterQuery, parseFilters } from '@/lib/directory'
import { formatYear } from '@/lib/format'
import { itemList } from '@/lib/jsonLd'
import { fallbackLanguages, optionLabel } from '@/lib/localized'
import { pageMetadata } from '@/lib/metadata'
import { absoluteUrl, pathFor } from '@/lib/paths'
import { getEnterprises } from '@/lib/queries/enterprises'
import { getSiteSettings } from '@/lib/queries/globals'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// Filters live in the query string, so the page renders per request; its reads come from the data
// cache and are revalidated by tag like every other page's.
export const dynamic = 'force-dynamic'

async function localeOf(params: Props['params']): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const [t, tc, settings] = await Promise.all([getT(locale, 'enterprises'), getT(locale, 'common'), getSiteSettings(locale)])
  return pageMetadata({
    locale,
    route: { page: 'enterprises' },
    title: t('title'),
    description: t('description'),
    siteName: settings.siteName?.value ?? tc('site.name'),
  })
}

export default async function EnterprisesPage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  const filters = parseFilters(await searchParams)
  const [t, tc, enterprises] = await Promise.all([getT(locale, 'enterprises'), getT(locale, 'common'), getEnterprises(locale)])
  const { items, total, page, pages } = directoryPage(enterprises, filters, locale)
  const years = [...new Set(enterprises.map((enterprise) => enterprise.yearArrived).filter((year): year is number => year !== null))].sort((a, b) => a - b)
  const base = pathFor(locale, { page: 'enterprises' })
  const filtered = Boolean(filters.industry || filters.state || filters.champion || filters.year)

  return (
    <PageShell
      locale={locale}
      route={{ page: 'enterprises' }}
      query={filterQuery(filters, page)}
      section="enterprises"
      trail={[
        { name: tc('nav.home'), route: { page: 'home' } },
        { name: t('title'), route: { page: 'enterprises' } },
      ]}
      fallback={fallbackLanguages(locale, items.flatMap((enterprise) => [enterprise.name, enterprise.germanHeadquarters]))}
      jsonLd={[
        itemList(
          t('title'),
          items.map((enterprise) => ({ name: enterprise.name.value, url: absoluteUrl(pathFor(locale, { page: 'enterprise', slug: enterprise.slug })) })),
        ),
      ]}
    >
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
            options: [{ value: '', label: t('filter.allIndustries') }, ...industries.map((option) => ({ value: option.value, label: option.label[locale] }))],
          },
          {
            name: 'state',
            label: t('filter.state'),
            value: filters.state,
            options: [{ value: '', label: t('filter.allStates') }, ...germanStates.map((option) => ({ value: option.value, label: option.label[locale] }))],
          },
          {
            name: 'year',
            label: t('filter.year'),
            value: filters.year === undefined ? undefined : String(filters.year),
            options: [{ value: '', label: t('filter.allYears') }, ...years.map((year) => ({ value: String(year), label: formatYear(year, locale) }))],
          },
          { name: 'champion', label: t('filter.champion'), checked: Boolean(filters.champion), type: 'checkbox' },
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
                    {enterprise.hiddenChampion ? <span className="tag tag--champion">{t('hiddenChampion')}</span> : null}
                  </th>
                  <td>{optionLabel(industries, enterprise.industry, locale) ?? ''}</td>
                  <td>
                    {[
                      enterprise.germanHeadquarters ? <LocalizedText key="hq" shown={enterprise.germanHeadquarters} locale={locale} /> : null,
                      optionLabel(germanStates, enterprise.germanState, locale),
                    ]
                      .filter(Boolean)
                      .flatMap((part, index) => (index > 0 ? [', ', part] : [part]))}
                  </td>
                  <td>{enterprise.yearArrived ? formatYear(enterprise.yearArrived, locale) : ''}</td>
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
    </PageShell>
  )
}
