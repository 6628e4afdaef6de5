import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'

import { createUser, type TestUser } from '../helpers/fixtures'
import { describeDatabase, useTestPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

type Mail = { to: string[]; text: string }

/** A real SMTP server on a free port, keeping what it receives. */
async function startSmtp(): Promise<{
  server: SMTPServer
  port: number
  mails: Mail[]
  delay: { ms: number }
}> {
  const mails: Mail[] = []
  const delay = { ms: 0 }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        mails.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          text: Buffer.concat(chunks).toString('utf8'),
        })
        setTimeout(callback, delay.ms)
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, port: (server.server.address() as AddressInfo).port, mails, delay }
}

/** The reset token from the link in a mail (quoted-printable soft line breaks undone). */
function tokenIn(mail: Mail): string {
  const text = mail.text.replace(/=\r?\n/g, '')
  const token = /\/reset\/([0-9a-f]{40})/.exec(text)?.[1]
  if (!token) throw new Error(`No reset link in:\n${text}`)
  return token
}

const emailOf = (user: TestUser) => (user as unknown as { email: string }).email

async function waitFor<T>(find: () => T | undefined, ms = 10_000): Promise<T> {
  const until = Date.now() + ms
  for (;;) {
    const found = find()
    if (found !== undefined) return found
    if (Date.now() > until) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

describeDatabase('password reset by e-mail', () => {
  let payload: Payload
  let smtp: Awaited<ReturnType<typeof startSmtp>>
  let user: TestUser

  beforeAll(async () => {
    smtp = await startSmtp()
    Object.assign(process.env, {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
      SMTP_FROM: 'cms@example.org',
    })
    // Per-address limits have their own test (rateLimits.test.ts); the per-account one stays on.
    Object.assign(process.env, { RATE_LIMIT_LOGIN: 'off', RATE_LIMIT_FORGOT_PASSWORD: 'off' })
  })

  useTestPayload('passwordreset', async (booted) => {
    payload = booted
    user = await createUser(payload, ['editor'])
  })

  afterAll(async () => {
    await new Promise((resolve) => smtp?.server.close(() => resolve(undefined)))
  })

  it('mails a link whose token sets a new password; the old one stops working', async () => {
    const asked = await rest('POST', '/api/users/forgot-password', {
      body: { email: emailOf(user) },
    })
    expect(asked.status).toBe(200)
    const mail = await waitFor(() => smtp.mails.find((each) => each.to.includes(emailOf(user))))
    const token = tokenIn(mail)

    const reset = await rest('POST', '/api/users/reset-password', {
      body: { token, password: 'a brand new passphrase' },
    })
    expect(reset.status).toBe(200)

    const withNew = await rest('POST', '/api/users/login', {
      body: { email: emailOf(user), password: 'a brand new passphrase' },
    })
    expect(withNew.status).toBe(200)
    const withOld = await rest('POST', '/api/users/login', {
      body: { email: emailOf(user), password: 'correct horse battery' },
    })
    expect(withOld.status).toBe(401)
  }, 30_000)

  it('refuses a malformed address with a 400 naming email', async () => {
    for (const email of ['not-an-email', 'a@b', '', 42, { $ne: null }]) {
      const response = await rest('POST', '/api/users/forgot-password', { body: { email } })
      const body = response.text
      expect([email, response.status]).toEqual([email, 400])
      expect(body).toContain('email')
    }
  }, 30_000)

  it('answers an unknown address exactly as a known one, and mails nobody', async () => {
    const other = await createUser(payload, ['editor'])
    const sent = smtp.mails.length
    const known = await rest('POST', '/api/users/forgot-password', {
      body: { email: emailOf(other) },
    })
    const unknown = await rest('POST', '/api/users/forgot-password', {
      body: { email: 'nobody@example.org' },
    })
    expect(unknown.status).toBe(known.status)
    expect(unknown.json).toEqual(known.json)
    await waitFor(() => (smtp.mails.length > sent ? true : undefined))
    expect(smtp.mails.slice(sent).flatMap((mail) => mail.to)).toEqual([emailOf(other)])
  }, 30_000)

  it('answers a known address as fast as an unknown one: the mail is sent after the answer', async () => {
    const other = await createUser(payload, ['editor'])
    smtp.delay.ms = 1_000 // a slow mail server
    try {
      const sent = smtp.mails.length
      const started = performance.now()
      const known = await rest('POST', '/api/users/forgot-password', {
        body: { email: emailOf(other) },
      })
      const elapsed = performance.now() - started
      expect(known.status).toBe(200)
      expect(elapsed).toBeLessThan(1_000)
      await waitFor(() => (smtp.mails.length > sent ? true : undefined))
    } finally {
      smtp.delay.ms = 0
    }
  }, 30_000)

  it('mails one account at most once per interval, answering the same', async () => {
    const other = await createUser(payload, ['editor'])
    const sent = smtp.mails.length
    const first = await rest('POST', '/api/users/forgot-password', {
      body: { email: emailOf(other) },
    })
    const again = await rest('POST', '/api/users/forgot-password', {
      body: { email: emailOf(other).toUpperCase() },
    })
    expect([first.status, again.status]).toEqual([200, 200])
    await waitFor(() => (smtp.mails.length > sent ? true : undefined))
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.mails.slice(sent).filter((mail) => mail.to.includes(emailOf(other)))).toHaveLength(
      1,
    )
  }, 30_000)
})
