import type { Page } from 'playwright-core'

import { chromiumPages } from '../helpers/browser'
import type { Session } from '../helpers/http'
import { adminSession, signInToAdmin, siteApi, siteUrl, uniqueName } from '../helpers/site'

const slow = 90_000
const password = 'correct horse battery staple'

/**
 * Issue #10, part 4: a translator asks about one field in their language, the question shows
 * under that field; an editor answers and resolves it there.
 */
describe('comments beside a field, in Chromium', () => {
  const newPage = chromiumPages()
  let admin: Session

  beforeAll(async () => {
    admin = await adminSession()
  }, slow)

  /** The comment box under one field of the edit form. */
  const commentsOf = (page: Page, field: string) =>
    page.locator(`.translation-comments[data-field="${field}"]`)

  it(
    'shows a translator’s question under its field in their locale; an editor answers and resolves it there',
    async () => {
      const created = await siteApi(admin, 'POST', '/api/platforms?locale=zh', {
        name: uniqueName('太仓评论中心'),
        location: '太仓市',
        type: 'service-organisation',
        _status: 'published',
      })
      expect(created.status).toBe(201)
      const { id } = created.json.doc
      const email = `${uniqueName('e2e-comments').replace(/\s+/g, '-')}@example.org`
      const user = await siteApi(admin, 'POST', '/api/users', {
        email,
        password,
        roles: ['translator'],
        locales: ['de'],
      })
      expect(user.status).toBe(201)
      const record = siteUrl(`/admin/collections/platforms/${id}?locale=de`)

      // The translator opens the record in German and asks under the name field.
      const translator = await newPage()
      await signInToAdmin(translator, email, password)
      await translator.goto(record)
      const nameComments = commentsOf(translator, 'name')
      await nameComments.locator('summary').click()
      const question = uniqueName('Heißt es Zentrum oder Plattform')
      await nameComments.getByLabel('Ask a question about this field').fill(question)
      await nameComments.getByRole('button', { name: 'Send' }).click()
      await nameComments.getByText(question).waitFor()
      // Beside that field only: the location field has no thread.
      expect(await commentsOf(translator, 'location').getByText(question).count()).toBe(0)
      const stored = await siteApi(
        admin,
        'GET',
        `/api/translation-comments?where[recordId][equals]=${id}&depth=0`,
      )
      expect(stored.json.docs).toEqual([
        expect.objectContaining({ collection: 'platforms', field: 'name', locale: 'de' }),
      ])

      // The same question is not shown in the English form.
      await translator.goto(siteUrl(`/admin/collections/platforms/${id}?locale=en`))
      await translator.locator('#field-name').waitFor()
      expect(await translator.getByText(question).count()).toBe(0)

      // An editor finds it under the field in German, answers, and resolves the thread.
      const editor = await newPage()
      await signInToAdmin(editor)
      await editor.goto(record)
      const editorSide = commentsOf(editor, 'name')
      await editorSide.getByText(question).waitFor()
      const answer = uniqueName('Zentrum, wie im Glossar')
      await editorSide.getByLabel('Answer').fill(answer)
      await editorSide.getByRole('button', { name: 'Send' }).first().click()
      await editorSide.getByText(answer).waitFor()
      await editorSide.getByRole('button', { name: 'Resolve' }).click()
      await editorSide.getByText('No comments on this field in this language.').waitFor()

      // The translator sees the answer was given and the thread is closed: nothing open remains.
      const resolved = await siteApi(
        admin,
        'GET',
        `/api/translation-comments?where[recordId][equals]=${id}&sort=createdAt&depth=0`,
      )
      expect(resolved.json.docs).toEqual([
        expect.objectContaining({ body: question, resolved: true }),
        expect.objectContaining({ body: answer }),
      ])
      await translator.goto(record)
      await commentsOf(translator, 'name')
        .getByText('No comments on this field in this language.')
        .waitFor()
      expect(await translator.getByText(question).count()).toBe(0)
    },
    slow,
  )
})
