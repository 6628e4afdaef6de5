'use client'
import { Button, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { AdminTranslationKey, AdminTranslations } from '@/i18n/adminTranslations'
import type { ScheduledItem } from '@/translation/scheduledPublishing'

import { CancelScheduled } from './CancelScheduled'

type Choice = { code: string; name: string }

/** The API's first error message, or the status when it sent none. */
async function problemOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as {
    errors?: { message?: string }[]
  } | null
  return body?.errors?.[0]?.message ?? String(response.status)
}

/**
 * The scheduling form of ScheduleOnEdit: the date and time are read in the browser's time zone
 * (an `<input type="datetime-local">` has none) and sent as UTC; the list below is fetched again
 * after every change, without reloading the edit form and its unsaved input.
 */
export function ScheduleForm({
  api,
  collection,
  record,
  locales,
  editing,
  initial,
}: {
  api: string
  collection: string
  record: string
  locales: Choice[]
  /** The locale the form is open in: chosen to begin with when the user may schedule it. */
  editing?: string
  initial: ScheduledItem[]
}) {
  const { t, i18n } = useTranslation<AdminTranslations, AdminTranslationKey>()
  const [open, setOpen] = useState(false)
  const [chosen, setChosen] = useState<string[]>(() =>
    locales.some((choice) => choice.code === editing) ? [editing!] : [],
  )
  const [action, setAction] = useState<'publish' | 'withdraw'>('publish')
  const [at, setAt] = useState('')
  const [items, setItems] = useState(initial)
  const [pending, setPending] = useState(false)
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null)
  const endpoint = `${api}/translation/schedule`
  // Fields one by one: with `dateStyle`/`timeStyle`, V8 refuses `timeZoneName` (a RangeError).
  const time = new Intl.DateTimeFormat(i18n.language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  })

  const reload = async () => {
    const query = new URLSearchParams({ collection, record })
    const response = await fetch(`${endpoint}?${query}`, { credentials: 'include' })
    if (response.ok) setItems(((await response.json()) as { scheduled: ScheduledItem[] }).scheduled)
  }

  const schedule = async () => {
    setPending(true)
    setMessage(null)
    try {
      const when = new Date(at)
      const response = await fetch(endpoint, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          records: [{ collection, id: record }],
          locales: chosen,
          action,
          // An empty or unreadable field goes as it is: the server names the problem.
          at: Number.isNaN(when.getTime()) ? at : when.toISOString(),
        }),
      })
      if (response.ok) {
        setMessage({ text: t('translator:scheduleDone'), problem: false })
        await reload()
      } else {
        setMessage({
          text: `${t('translator:scheduleFailed')} ${await problemOf(response)}`,
          problem: true,
        })
      }
    } finally {
      setPending(false)
    }
  }

  const toggle = (code: string) =>
    setChosen((now) => (now.includes(code) ? now.filter((c) => c !== code) : [...now, code]))

  return (
    <div className="schedule-on-edit">
      <Button
        buttonStyle="secondary"
        size="medium"
        margin={false}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('translator:scheduleTitle')}
        {items.length > 0 ? ` (${items.length})` : ''}
      </Button>
      {open ? (
        <div
          className="schedule-on-edit__panel"
          role="group"
          aria-label={t('translator:scheduled')}
        >
          {/* No <form>: this sits inside the document's form, and a nested form's submit is the
              document's (it would save the record instead). */}
          <div>
            <fieldset>
              <legend>{t('translator:scheduleLocales')}</legend>
              {locales.map((choice) => (
                <label key={choice.code}>
                  <input
                    type="checkbox"
                    name="locale"
                    value={choice.code}
                    checked={chosen.includes(choice.code)}
                    onChange={() => toggle(choice.code)}
                  />{' '}
                  {choice.name}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>{t('translator:action')}</legend>
              {(['publish', 'withdraw'] as const).map((value) => (
                <label key={value}>
                  <input
                    type="radio"
                    name="action"
                    value={value}
                    checked={action === value}
                    onChange={() => setAction(value)}
                  />{' '}
                  {t(`translator:${value}`)}
                </label>
              ))}
            </fieldset>
            <label>
              {t('translator:scheduleAt')}
              <input
                type="datetime-local"
                name="at"
                required
                value={at}
                onChange={(event) => setAt(event.target.value)}
              />
            </label>
            <Button
              className="schedule-on-edit__submit"
              size="small"
              margin={false}
              disabled={pending}
              onClick={() => void schedule()}
            >
              {t('translator:scheduleSubmit')}
            </Button>
            {message ? <p role={message.problem ? 'alert' : 'status'}>{message.text}</p> : null}
          </div>
          <h3>{t('translator:schedulePending')}</h3>
          {items.length === 0 ? (
            <p>{t('translator:scheduledNone')}</p>
          ) : (
            <ul className="schedule-on-edit__list">
              {items.map((item) => (
                <li key={String(item.job)} data-job={String(item.job)}>
                  {locales.find((choice) => choice.code === item.locale)?.name ?? item.locale}
                  {' · '}
                  {t(`translator:${item.action}`)}
                  {' · '}
                  <time dateTime={item.at} suppressHydrationWarning>
                    {time.format(new Date(item.at))}
                  </time>{' '}
                  {item.state === 'failed' ? (
                    <span role="alert">
                      {t('translator:failed')}: {item.error}
                    </span>
                  ) : (
                    <CancelScheduled url={`${endpoint}?job=${item.job}`} onCancelled={reload} />
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  )
}
