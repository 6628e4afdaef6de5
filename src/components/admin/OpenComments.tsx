import type { adminT } from '@/i18n/adminTranslations'
import { bcp47, endonyms, type Locale } from '@/i18n/locales'
import type { OpenThread } from '@/workflow/openComments'

/**
 * The dashboard's comment section: per locale the unresolved questions the user may read, each
 * opening its record in that locale, where the field's thread is answered.
 */
export function OpenComments({
  open,
  t,
  admin,
}: {
  open: Record<Locale, OpenThread[]>
  t: ReturnType<typeof adminT>
  admin: string
}) {
  const withThreads = (Object.keys(open) as Locale[]).filter((code) => open[code].length > 0)
  return (
    <section aria-labelledby="open-comments" data-testid="open-comments">
      <h2 id="open-comments">{t('translator:comments')}</h2>
      {withThreads.length === 0 ? (
        <p>{t('translator:commentsOpenNone')}</p>
      ) : (
        withThreads.map((code) => (
          <div key={code}>
            <h3 lang={bcp47[code]}>
              {endonyms[code]}: {t('translator:commentsOpen', { count: open[code].length })}
            </h3>
            <ul>
              {open[code].map((thread) => (
                <li key={thread.id}>
                  <a
                    href={`${admin}/collections/${thread.collection}/${thread.recordId}?locale=${code}`}
                  >
                    {thread.collection} {thread.recordId} · {thread.field}
                  </a>
                  : {thread.body}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  )
}
