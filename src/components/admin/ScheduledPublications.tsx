import { bcp47, endonyms, isLocale, sourceLocale } from '@/i18n/locales'
import type { adminT } from '@/i18n/adminTranslations'
import type { ScheduledItem } from '@/translation/scheduledPublishing'

import { CancelScheduled } from './CancelScheduled'

/** The office works in Taicang: scheduled times read in China's time, with the zone named. */
const officeTimeZone = 'Asia/Shanghai'

/**
 * The dashboard's list of scheduled publications: what, which language, publish or withdraw, when,
 * by whom, and a button to cancel; publications that failed stay listed, with the reason.
 */
export function ScheduledPublications({
  items,
  language,
  t,
  admin,
  api,
  collectionLabel,
}: {
  items: ScheduledItem[]
  language: string
  /** The admin's strings in the user's admin language (Payload's i18n). */
  t: ReturnType<typeof adminT>
  admin: string
  api: string
  collectionLabel: (slug: string) => string
}) {
  // Fields one by one: with `dateStyle`/`timeStyle`, V8 refuses `timeZoneName` (a RangeError that
  // made the dashboard a 500).
  const time = new Intl.DateTimeFormat(bcp47[isLocale(language) ? language : sourceLocale], {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: officeTimeZone,
    timeZoneName: 'short',
  })
  return (
    <section aria-labelledby="scheduled-publications">
      <h2 id="scheduled-publications">
        {t('translator:scheduled')} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p>{t('translator:scheduledNone')}</p>
      ) : (
        <table className="translation-dashboard__matrix">
          <thead>
            <tr>
              <th scope="col">{t('translator:record')}</th>
              <th scope="col">{t('translator:language')}</th>
              <th scope="col">{t('translator:action')}</th>
              <th scope="col">{t('translator:when')}</th>
              <th scope="col">{t('translator:by')}</th>
              <th scope="col">
                <span className="sr-only">{t('translator:cancel')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={String(item.job)}>
                <td>
                  <a
                    href={`${admin}/collections/${item.collection}/${item.record}?locale=${item.locale}`}
                  >
                    {item.title}
                  </a>{' '}
                  <small>{collectionLabel(item.collection)}</small>
                </td>
                <td lang={bcp47[item.locale]}>{endonyms[item.locale]}</td>
                <td>{t(`translator:${item.action}`)}</td>
                <td>
                  <time dateTime={item.at}>{time.format(new Date(item.at))}</time>
                </td>
                <td>{item.by}</td>
                <td>
                  {item.state === 'failed' ? (
                    <span className="translation-source__state translation-source__state--missing">
                      {t('translator:failed')}: {item.error}
                    </span>
                  ) : (
                    <CancelScheduled url={`${api}/translation/schedule?job=${item.job}`} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
