import { chromiumPages } from '../helpers/browser'
import type { Session } from '../helpers/http'
import { adminSession, signInToAdmin, siteApi, siteUrl, uniqueName } from '../helpers/site'

const slow = 90_000
const password = 'correct horse battery staple'

type Scheduled = { job: number | string; locale: string; action: string; at: string }

/** The scheduling form beside a record's publish controls, in Chromium, on the seeded site. */
describe('scheduling a locale from the edit screen', () => {
  const newPage = chromiumPages()
  let admin: Session

  beforeAll(async () => {
    admin = await adminSession()
  }, slow)

  it(
    "schedules the German publication at the editor's local time, lists it and cancels it",
    async () => {
      const email = `${uniqueName('e2e-editor').replace(/\s+/g, '-')}@example.org`
      const user = await siteApi(admin, 'POST', '/api/users', {
        email,
        password,
        roles: ['editor'],
      })
      expect(user.status).toBe(201)
      const created = await siteApi(admin, 'POST', '/api/platforms?locale=zh', {
        name: uniqueName('太仓定时发布'),
        location: '太仓市',
        type: 'service-organisation',
        _status: 'published',
      })
      expect(created.status).toBe(201)
      const { id } = created.json.doc
      const pendingOf = async (): Promise<Scheduled[]> =>
        (await siteApi(admin, 'GET', `/api/translation/schedule?collection=platforms&record=${id}`))
          .json.scheduled

      // An editor in Berlin: 10:00 on 1 June typed in the form is 08:00 UTC (summer time).
      const page = await newPage('de-DE', 'Europe/Berlin')
      await signInToAdmin(page, email, password)
      await page.goto(siteUrl(`/admin/collections/platforms/${id}?locale=de`))
      const form = page.locator('.schedule-on-edit')
      const panel = form.locator('.schedule-on-edit__panel')
      // The button is in the server's HTML before React has hydrated it: a click that early does
      // nothing, so click again until the panel opens.
      for (let attempt = 0; attempt < 30 && !(await panel.isVisible()); attempt += 1) {
        await form
          .locator('button', { hasText: /schedule|planen|定时/i })
          .first()
          .click()
        await panel.waitFor({ timeout: 2_000 }).catch(() => {})
      }
      // The locale being edited is chosen to begin with; publish is the default action.
      expect(await panel.locator('input[name="locale"][value="de"]').isChecked()).toBe(true)
      expect(await panel.locator('input[name="locale"][value="en"]').isChecked()).toBe(false)
      await panel.locator('input[name="at"]').fill('2030-06-01T10:00')
      const posted = page.waitForResponse(
        (r) => r.url().includes('/api/translation/schedule') && r.request().method() === 'POST',
      )
      await panel.locator('.schedule-on-edit__submit').click()
      expect((await posted).status()).toBe(201)

      const entry = panel.locator('.schedule-on-edit__list li')
      await entry.waitFor()
      expect(await entry.count()).toBe(1)
      expect(await entry.locator('time').getAttribute('datetime')).toBe('2030-06-01T08:00:00.000Z')
      const [pending] = await pendingOf()
      expect(pending).toMatchObject({
        locale: 'de',
        action: 'publish',
        at: '2030-06-01T08:00:00.000Z',
      })

      // Cancelled from the same list, it disappears there and from the queue.
      await entry.locator('button').click()
      await panel.locator('.schedule-on-edit__list').waitFor({ state: 'detached' })
      expect(await pendingOf()).toEqual([])
    },
    slow,
  )
})
