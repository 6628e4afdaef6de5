import pg from 'pg'
import type { Payload } from 'payload'

import { documentLockKey } from '@/db/documentLocks'

import { testDialect } from '../helpers/database'
import { createRecord, createUser, createUsers, type TestUser } from '../helpers/fixtures'
import { describeDatabase, useTestPayload } from '../helpers/payload'

/**
 * Two translators and an editor work on one event at the same time, each from a form loaded
 * before the others saved: everyone keeps their work.
 */
describeDatabase('two people, two locales, one record', () => {
  let payload: Payload
  let editor: TestUser
  let german: TestUser
  let english: TestUser

  useTestPayload('concurrent', async (booted) => {
    payload = booted
    const users = await createUsers(payload)
    editor = users.editor
    german = users.translator
    english = await createUser(payload, ['translator'], ['en'])
  })

  /** The form a person opens: the latest draft in their locale, every field included. */
  const openForm = (id: number | string, locale: 'zh' | 'de' | 'en') =>
    payload.findByID({
      collection: 'events',
      id,
      locale,
      draft: true,
      depth: 0,
      fallbackLocale: false,
      overrideAccess: true,
    })

  /** The record as it is now: its latest draft, all locales. */
  const latestDraft = (id: number | string) =>
    payload.findByID({ collection: 'events', id, locale: 'all', draft: true, depth: 0 })

  const saveForm = (
    id: number | string,
    locale: 'zh' | 'de' | 'en',
    form: Record<string, unknown>,
    user: TestUser,
  ) =>
    payload.update({
      collection: 'events',
      id,
      locale,
      draft: true,
      data: { ...form, _status: 'draft' } as never,
      user,
      overrideAccess: false,
    })

  it('keeps the German, the English and the editor’s shared change, saved at the same time', async () => {
    const event = await createRecord(payload, 'events')
    const [germanForm, englishForm, editorForm] = await Promise.all([
      openForm(event.id, 'de'),
      openForm(event.id, 'en'),
      openForm(event.id, 'zh'),
    ])
    await Promise.all([
      saveForm(event.id, 'de', { ...germanForm, title: 'Forum für innovative Städte' }, german),
      saveForm(event.id, 'en', { ...englishForm, title: 'Innovative Cities Forum' }, english),
      saveForm(event.id, 'zh', { ...editorForm, format: 'summit', city: '柏林' }, editor),
    ])
    const latest = await latestDraft(event.id)
    expect(latest.title).toEqual({
      zh: '中德创新城市合作论坛',
      de: 'Forum für innovative Städte',
      en: 'Innovative Cities Forum',
    })
    expect(latest.format).toBe('summit')
    expect((latest.city as unknown as Record<string, string>).zh).toBe('柏林')
  })

  it('keeps a translator’s work when an editor changed a shared field after the form was opened', async () => {
    const event = await createRecord(payload, 'events')
    const germanForm = await openForm(event.id, 'de')
    await saveForm(
      event.id,
      'zh',
      { ...(await openForm(event.id, 'zh')), format: 'festival' },
      editor,
    )
    // The German form still shows the old format; saving it must neither fail nor undo the editor.
    await saveForm(event.id, 'de', { ...germanForm, title: 'Bierfest' }, german)
    const latest = await latestDraft(event.id)
    expect(latest.format).toBe('festival')
    expect((latest.title as unknown as Record<string, string>).de).toBe('Bierfest')
  })

  // Another app instance on the same PostgreSQL database: its save holds the record's lock in its
  // own connection. (SQLite and MongoDB run one instance; their lock is the process's.)
  const otherInstance = testDialect() === 'postgres' ? it : it.skip
  otherInstance(
    'waits while another app instance is saving the record, then keeps both',
    async () => {
      const event = await createRecord(payload, 'events')
      const other = new pg.Client({ connectionString: process.env.DATABASE_URI })
      await other.connect()
      try {
        await other.query('begin')
        await other.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [
          documentLockKey('events', event.id),
        ])
        // The other instance read the draft before this save and writes its German title now.
        const germanForm = await openForm(event.id, 'de')
        let saved = false
        const englishSave = saveForm(
          event.id,
          'en',
          { ...(await openForm(event.id, 'en')), title: 'Innovative Cities Forum' },
          english,
        ).then(() => (saved = true))
        await new Promise((resolve) => setTimeout(resolve, 1_000))
        expect(saved).toBe(false)
        await other.query('commit')
        await englishSave
        await saveForm(
          event.id,
          'de',
          { ...germanForm, title: 'Forum für innovative Städte' },
          german,
        )
      } finally {
        await other.end()
      }
      const latest = await latestDraft(event.id)
      expect(latest.title).toMatchObject({
        de: 'Forum für innovative Städte',
        en: 'Innovative Cities Forum',
      })
    },
  )
})
