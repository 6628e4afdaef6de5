import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { translationLocales } from '@/access/canEditLocale'
import { isStaffUser } from '@/access/roles'
import { bcp47, endonyms } from '@/i18n/locales'
import { describe, isTranslatedGlobal, labelIn } from '@/translation/records'
import { qaCounts } from '@/translation/qa'
import { statusReports } from '@/translation/report'
import { scheduledItems } from '@/translation/scheduledPublishing'
import type { RecordState } from '@/translation/status'

import { adminT } from '@/i18n/adminTranslations'
import { openCommentsPerLocale } from '@/workflow/openComments'
import { reviewOverview } from '@/workflow/overview'

import { OpenComments } from './OpenComments'
import { ReviewQueue } from './ReviewQueue'
import { ScheduledPublications } from './ScheduledPublications'

const workStates: RecordState[] = ['missing', 'outdated', 'machine']

/**
 * /admin/translation: per collection × locale, how much is missing, outdated and complete, the
 * scheduled publications, and the records that need work, each opening in the right locale.
 * Translators see their own locales.
 */
export async function TranslationDashboard({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, visibleEntities, permissions } = initPageResult
  const language = req.i18n.language
  const t = adminT(req.i18n)
  const template = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
  if (!req.user || !isStaffUser(req.user)) return template(<p>{t('translator:notAllowed')}</p>)

  const [reports, scheduled, qa, review, comments] = await Promise.all([
    statusReports(req.payload, { locales: translationLocales(req.user) }),
    scheduledItems(req.payload, req.user),
    qaCounts(req.payload, translationLocales(req.user)),
    reviewOverview(req),
    openCommentsPerLocale(req.payload, req.user),
  ])
  const admin = req.payload.config.routes.admin
  const api = req.payload.config.routes.api
  const collections = Object.keys(reports[0]?.collections ?? {})
  const label = (slug: string) =>
    labelIn(describe(req.payload, slug as Parameters<typeof describe>[1]).label, language)
  const editPath = (slug: string, id: number | string) =>
    isTranslatedGlobal(slug) ? `${admin}/globals/${slug}` : `${admin}/collections/${slug}/${id}`

  return template(
    <div className="translation-dashboard">
      <h1>{t('translator:dashboard')}</h1>
      <table className="translation-dashboard__matrix">
        <caption className="sr-only">{t('translator:dashboard')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('translator:collection')}</th>
            {reports.map((report) => (
              <th key={report.locale} scope="col" lang={bcp47[report.locale]}>
                {endonyms[report.locale]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {collections.map((slug) => (
            <tr key={slug}>
              <th scope="row">{label(slug)}</th>
              {reports.map((report) => {
                const counts = report.collections[slug]!
                return (
                  <td key={report.locale}>
                    <progress
                      max={1}
                      value={counts.progress}
                      aria-label={`${Math.round(counts.progress * 100)}%`}
                    />
                    <span> {Math.round(counts.progress * 100)}%</span>
                    <div className="translation-dashboard__counts">
                      {t('translator:complete')} {counts.complete} · {t('translator:missing')}{' '}
                      {counts.missing} · {t('translator:outdated')} {counts.outdated} ·{' '}
                      {t('translator:machine')} {counts.machine} · {t('translator:published')}{' '}
                      {counts.published}/{counts.total}
                    </div>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>

      <p className="translation-dashboard__qa" data-testid="qa-counts">
        {t('translator:qaTitle')}:{' '}
        {qa.map((count, index) => (
          <span key={count.locale}>
            {index > 0 && ' · '}
            <span lang={bcp47[count.locale]}>{endonyms[count.locale]}</span> {count.withErrors}{' '}
            {t('translator:qaWithErrors')}, {count.withWarnings} {t('translator:qaWithWarnings')}
          </span>
        ))}
      </p>

      <ReviewQueue overview={review} userId={req.user.id} language={language} t={t} admin={admin} />

      <OpenComments open={comments} t={t} admin={admin} />

      <ScheduledPublications
        items={scheduled}
        language={language}
        t={t}
        admin={admin}
        api={api}
        collectionLabel={label}
      />

      {reports.map((report) => {
        const work = report.records.filter((record) => workStates.includes(record.state))
        return (
          <section key={report.locale} aria-labelledby={`needs-${report.locale}`}>
            <h2 id={`needs-${report.locale}`}>
              {t('translator:needsWork')}: {endonyms[report.locale]} ({work.length})
            </h2>
            <p>
              <a href={`${api}/translation/xliff?locale=${report.locale}&state=missing,outdated`}>
                {t('translator:exportXliff')}
              </a>
            </p>
            {work.length === 0 ? (
              <p>{t('translator:none')}</p>
            ) : (
              <ul className="translation-dashboard__list">
                {work.map((record) => (
                  <li key={`${record.collection}/${record.id}`}>
                    <a href={`${editPath(record.collection, record.id)}?locale=${report.locale}`}>
                      {record.title}
                    </a>{' '}
                    <span
                      className={`translation-source__state translation-source__state--${record.state}`}
                    >
                      {t(`translator:${record.state}`)}
                    </span>{' '}
                    <small>{label(record.collection)}</small>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )
      })}
    </div>,
  )
}
