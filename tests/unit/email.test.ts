import type { Payload } from 'payload'

import { emailAdapter, smtpSettings } from '@/config/email'

describe('SMTP settings', () => {
  it('are off without SMTP_HOST, and read the port, TLS and login otherwise', () => {
    expect(smtpSettings({})).toBeNull()
    expect(smtpSettings({ SMTP_HOST: 'smtp.example.org' })).toMatchObject({
      host: 'smtp.example.org',
      port: 587,
      secure: false,
      auth: undefined,
    })
    expect(smtpSettings({ SMTP_HOST: 'smtp.example.org', SMTP_PORT: '465' })).toMatchObject({
      port: 465,
      secure: true,
    })
    expect(
      smtpSettings({
        SMTP_HOST: 'h',
        SMTP_PORT: '25',
        SMTP_SECURE: 'true',
        SMTP_USER: 'cms',
        SMTP_PASS: 'pw',
        SMTP_FROM: 'cms@example.org',
      }),
    ).toMatchObject({
      port: 25,
      secure: true,
      auth: { user: 'cms', pass: 'pw' },
      from: 'cms@example.org',
    })
    expect(() => smtpSettings({ SMTP_HOST: 'h', SMTP_PORT: 'smtp' })).toThrow(/SMTP_PORT/)
  })
})

describe('without SMTP_HOST', () => {
  const logged: Array<[string, unknown]> = []
  const payload = {
    logger: {
      info: (data: unknown) => logged.push(['info', data]),
      warn: (data: unknown) => logged.push(['warn', data]),
    },
  } as unknown as Payload
  const mail = {
    to: 'editor@example.org',
    subject: 'Reset',
    html: '<a href="/admin/reset/secret-token">reset</a>',
  }

  beforeEach(() => (logged.length = 0))

  it('logs the mail with its text in development', async () => {
    await emailAdapter({ NODE_ENV: 'development' })({ payload }).sendEmail(mail)
    expect(JSON.stringify(logged)).toContain('secret-token')
  })

  it('never logs a reset link in production', async () => {
    await emailAdapter({ NODE_ENV: 'production' })({ payload }).sendEmail(mail)
    expect(logged[0]?.[0]).toBe('warn')
    expect(JSON.stringify(logged)).not.toContain('secret-token')
  })
})
