import { bcp47, endonyms, isLocale, sourceLocale, type Locale } from '@/i18n/locales'
import type { adminT } from '@/i18n/adminTranslations'
import type { ReviewOverview } from '@/workflow/overview'
import { reviewStates } from '@/workflow/reviewStates'

/**
 * The dashboard's review section: per locale how many tasks stand in each state and how many are
 * overdue, each translator's queue (for editors), and the tasks themselves, the current user's
 * first, each opening the record in its locale.
 */
export function ReviewQueue({
  overview,
  userId,
  language,
  t,
  admin,
}: {
  overview: ReviewOverview
  userId: number | string
  language: string
  t: ReturnType<typeof adminT>
  admin: string
}) {
  const date = new Intl.DateTimeFormat(bcp47[isLocale(language) ? language : sourceLocale], {
    dateStyle: 'medium',
  })
  const locales = Object.keys(overview.locales) as Locale[]
  const mineFirst = [...overview.tasks].sort(
    (a, b) =>
      Number(String(b.assignee) === String(userId)) - Number(String(a.assignee) === String(userId)),
  )
  return (
    <section aria-labelledby="review-queue">
      <h2 id="review-queue">{t('translator:reviewQueue')}</h2>
      {overview.tasks.length === 0 ? (
        <p>{t('translator:reviewNone')}</p>
      ) : (
        <>
          <table className="translation-dashboard__matrix">
            <thead>
              <tr>
                <th scope="col">{t('translator:reviewState')}</th>
                {locales.map((locale) => (
                  <th key={locale} scope="col" lang={bcp47[locale]}>
                    {endonyms[locale]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {reviewStates.map((state) => (
                <tr key={state}>
                  <th scope="row">{t(`translator:state-${state}`)}</th>
                  {locales.map((locale) => (
                    <td key={locale}>{overview.locales[locale]?.states[state] ?? 0}</td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row">{t('translator:reviewOverdue')}</th>
                {locales.map((locale) => (
                  <td key={locale}>{overview.locales[locale]?.overdue ?? 0}</td>
                ))}
              </tr>
            </tbody>
          </table>

          {overview.people.length > 0 && (
            <table className="translation-dashboard__matrix">
              <thead>
                <tr>
                  <th scope="col">{t('translator:reviewAssignee')}</th>
                  <th scope="col">{t('translator:reviewOpen')}</th>
                  <th scope="col">{t('translator:reviewOverdue')}</th>
                  <th scope="col">{t('translator:reviewSettled')}</th>
                </tr>
              </thead>
              <tbody>
                {overview.people.map((person) => (
                  <tr key={person.assignee}>
                    <th scope="row">{person.name}</th>
                    <td>{person.open}</td>
                    <td>{person.overdue}</td>
                    <td>{person.states.approved + person.states.published}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

          <ul className="translation-dashboard__list">
            {mineFirst.map((task) => (
              <li key={task.key}>
                <a
                  href={`${admin}/collections/${task.collection}/${task.recordId}?locale=${task.locale}`}
                >
                  {overview.titles[`${task.collection}/${task.recordId}`] ?? task.recordId}
                </a>{' '}
                <span lang={bcp47[task.locale]}>{endonyms[task.locale]}</span>{' '}
                <strong>{t(`translator:state-${task.state}`)}</strong>
                {task.dueDate && (
                  <>
                    {' '}
                    · {t('translator:reviewDue')} {date.format(new Date(task.dueDate))}
                  </>
                )}
                {task.overdue && <strong> · {t('translator:reviewOverdue')}</strong>}
                {task.returnComment && task.state === 'in-translation' && (
                  <blockquote>{task.returnComment}</blockquote>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
