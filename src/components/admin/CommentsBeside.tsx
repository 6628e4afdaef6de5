'use client'
/**
 * Under each localized field of a content record: the open comment threads on that field in the
 * locale being edited, with a box to ask, answer and resolve. The threads come from the REST API of
 * `translation-comments` (read with the user's own access: a translator sees their locales only),
 * one request per record and locale shared by every field; the rules are the server's
 * (src/workflow/commentRules.ts), the form only hides what it knows would be refused.
 */
import { useAuth, useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { canCommentIn } from '@/access/canCommentIn'
import { type AccessUser, isEditorUser } from '@/access/roles'
import type { AdminTranslationKey, AdminTranslations } from '@/i18n/adminTranslations'
import { commentCollection } from '@/workflow/commentSlug'

type Comment = {
  id: number | string
  field: string
  body: string
  author: number | string | { id: number | string } | null
  thread: number | string | { id: number | string } | null
  createdAt: string
}

const idOf = (value: Comment['author'] | undefined): string | null =>
  value === null || value === undefined
    ? null
    : typeof value === 'object'
      ? String(value.id)
      : String(value)

/** The open threads and their replies of one record × locale, one request for all its fields. */
const requests = new Map<string, Promise<Comment[]>>()

function commentsFor(url: string, fresh = false): Promise<Comment[]> {
  let request = fresh ? undefined : requests.get(url)
  if (!request) {
    request = fetch(url, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs?: Comment[] }) => body.docs ?? [])
      .catch(() => [])
    requests.set(url, request)
  }
  return request
}

export function CommentsBeside({ path }: { path?: string }) {
  const { id, collectionSlug } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { user } = useAuth()
  const { config } = useConfig()
  const { t } = useTranslation<AdminTranslations, AdminTranslationKey>()
  const [comments, setComments] = useState<{ url: string; docs: Comment[] } | null>(null)
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const api = `${config.serverURL}${config.routes.api}/${commentCollection}`
  const url =
    id && collectionSlug && path
      ? `${api}?${new URLSearchParams({
          'where[collection][equals]': collectionSlug,
          'where[recordId][equals]': String(id),
          'where[locale][equals]': locale,
          // Open threads and every reply (a reply is never resolved itself).
          'where[resolved][not_equals]': 'true',
          sort: 'createdAt',
          depth: '0',
          pagination: 'false',
        })}`
      : null

  const load = useCallback(
    (fresh: boolean) => {
      if (!url) return () => undefined
      let current = true
      void commentsFor(url, fresh).then((docs) => current && setComments({ url, docs }))
      return () => {
        current = false
      }
    },
    [url],
  )
  useEffect(() => load(false), [load])

  if (!url || !user || !path) return null
  const mayWrite = canCommentIn(user as AccessUser, locale)
  const all = comments && comments.url === url ? comments.docs : []
  const threads = all.filter((comment) => comment.field === path && !idOf(comment.thread))
  const repliesTo = (thread: Comment) =>
    all.filter((comment) => idOf(comment.thread) === String(thread.id))
  if (!mayWrite && threads.length === 0) return null

  async function send(method: 'POST' | 'PATCH', target: string, body: object, draftKey?: string) {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(target, {
        method,
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      if (!response.ok) {
        const answer = (await response.json().catch(() => null)) as {
          errors?: { message?: string }[]
        } | null
        setError(answer?.errors?.[0]?.message ?? `HTTP ${response.status}`)
        return
      }
      if (draftKey) setDrafts((previous) => ({ ...previous, [draftKey]: '' }))
      load(true)
    } finally {
      setBusy(false)
    }
  }

  const box = (key: string, label: string, onSend: (text: string) => void) => (
    <div className="translation-comments__compose">
      <textarea
        aria-label={label}
        placeholder={label}
        rows={2}
        value={drafts[key] ?? ''}
        onChange={(event) => setDrafts((previous) => ({ ...previous, [key]: event.target.value }))}
      />
      {/* A button, not a form: the field sits inside Payload's own form, which must not submit. */}
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        disabled={busy || !(drafts[key] ?? '').trim()}
        onClick={() => onSend(drafts[key] ?? '')}
      >
        {t('translator:commentSend')}
      </button>
    </div>
  )

  return (
    <details className="translation-comments" open={threads.length > 0} data-field={path}>
      <summary>
        {t('translator:comments')} ·{' '}
        {threads.length > 0
          ? t('translator:commentsOpen', { count: threads.length })
          : t('translator:commentsNone')}
      </summary>
      {threads.map((thread) => (
        <div key={thread.id} className="translation-comments__thread">
          {[thread, ...repliesTo(thread)].map((comment) => (
            <p key={comment.id} className="translation-comments__comment" lang={locale}>
              <time dateTime={comment.createdAt}>
                {new Date(comment.createdAt).toLocaleString()}
              </time>
              {idOf(comment.author) === String(user.id) && ` (${t('translator:commentYou')})`}:{' '}
              {comment.body}
            </p>
          ))}
          {mayWrite &&
            box(`reply-${thread.id}`, t('translator:commentAnswer'), (text) =>
              send('POST', api, { thread: thread.id, body: text }, `reply-${thread.id}`),
            )}
          {(isEditorUser(user as AccessUser) || idOf(thread.author) === String(user.id)) && (
            <button
              type="button"
              className="btn btn--style-secondary btn--size-small"
              disabled={busy}
              onClick={() => send('PATCH', `${api}/${thread.id}`, { resolved: true })}
            >
              {t('translator:commentResolve')}
            </button>
          )}
        </div>
      ))}
      {mayWrite &&
        box('new', t('translator:commentQuestion'), (text) =>
          send(
            'POST',
            api,
            { collection: collectionSlug, recordId: String(id), field: path, locale, body: text },
            'new',
          ),
        )}
      {error && (
        <p role="alert" className="translation-comments__error">
          {error}
        </p>
      )}
    </details>
  )
}
