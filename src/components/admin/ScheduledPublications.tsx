import { bcp47, endonyms, isLocale, sourceLocale } from '@/i18n/locales'
import type { ScheduledItem } from '@/translation/scheduledPublishing'

import { CancelScheduled } from './CancelScheduled'
import { adminText } from './messages'

/** The office works in Taicang: scheduled times read in China's time, with the zone named. */
const officeTimeZone = 'Asia/Shanghai'

/**
 * The dashboard's list of scheduled publications: what, which language, publish or withdraw, when,
 * by whom, and a button to cancel; publications that failed stay listed, with the reason.
 */
export function ScheduledPublications({
  items,
  language,
  admin,
  api,
  collectionLabel,
}: {
  items: ScheduledItem[]
  language: string
  admin: string
  api: string
  collectionLabel: (slug: string) => string
}) {
  const t = (key: Parameters<typeof adminText>[0]) => adminText(key, language)
  const time = new Intl.DateTimeFormat(bcp47[isLocale(language) ? language : sourceLocale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: officeTimeZone,
    timeZoneName: 'short',
  })
  return (
    <section aria-labelledby="scheduled-publications">
      <h2 id="scheduled-publications">
        {t('scheduled')} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p>{t('scheduledNone')}</p>
      ) : (
        <table className="translation-dashboard__matrix">
          <thead>
            <tr>
              <th scope="col">{t('record')}</th>
              <th scope="col">{t('language')}</th>
              <th scope="col">{t('action')}</th>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('by')}</th>
              <th scope="col">
                <span className="sr-only">{t('cancel')}</span>
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
                <td>{t(item.action)}</td>
                <td>
                  <time dateTime={item.at}>{time.format(new Date(item.at))}</time>
                </td>
                <td>{item.by}</td>
                <td>
                  {item.state === 'failed' ? (
                    <span className="translation-source__state translation-source__state--missing">
                      {t('failed')}: {item.error}
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
