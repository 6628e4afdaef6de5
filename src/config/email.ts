import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Payload's email adapter over nodemailer, configured from the environment. Payload's own
 * `@payloadcms/email-nodemailer` has no release matching the project's Payload version, and this
 * is all it would do for us. Without SMTP_HOST, mails are written to the log instead: in
 * development with their text (the reset link is in the server log), in production without it,
 * since a reset link in a log file is a way into the account for whoever reads the logs.
 */
type Env = Record<string, string | undefined>

export type SmtpSettings = {
  host: string
  port: number
  secure: boolean
  auth?: { user: string; pass: string }
  from: string
  fromName: string
}

const defaultFrom = 'no-reply@localhost'
const defaultFromName = '太仓对德合作 CMS'

export function smtpSettings(env: Env = process.env): SmtpSettings | null {
  const host = env.SMTP_HOST?.trim()
  if (!host) return null
  // Port 465 speaks TLS from the first byte; other ports upgrade with STARTTLS when offered.
  const port = Number(env.SMTP_PORT || 587)
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new Error(`SMTP_PORT "${env.SMTP_PORT}" is not a port number.`)
  const secure = env.SMTP_SECURE ? /^(1|true|yes)$/i.test(env.SMTP_SECURE) : port === 465
  const user = env.SMTP_USER?.trim()
  return {
    host,
    port,
    secure,
    auth: user ? { user, pass: env.SMTP_PASS ?? '' } : undefined,
    from: env.SMTP_FROM?.trim() || defaultFrom,
    fromName: env.SMTP_FROM_NAME?.trim() || defaultFromName,
  }
}

export function emailAdapter(env: Env = process.env): EmailAdapter {
  const settings = smtpSettings(env)
  return ({ payload }) => {
    if (!settings) {
      return {
        name: 'log',
        defaultFromAddress: defaultFrom,
        defaultFromName,
        sendEmail: async (message) => {
          const { to, subject, html } = message
          if (env.NODE_ENV === 'production')
            payload.logger.warn({ to, subject }, 'Email not sent: set SMTP_HOST')
          else payload.logger.info({ to, subject, html }, 'Email not sent (SMTP_HOST is unset)')
        },
      }
    }
    const transport = nodemailer.createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: settings.auth,
    })
    return {
      name: 'smtp',
      defaultFromAddress: settings.from,
      defaultFromName: settings.fromName,
      sendEmail: async (message) => transport.sendMail(message),
    }
  }
}
