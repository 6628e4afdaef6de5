import { APIError } from 'payload'

/**
 * The one error that carries an HTTP status: a request the sender must change (4xx), or one to
 * try again (503). Its message is written for that person. It is Payload's public APIError, so
 * Payload's own handlers answer it with its status and message, as the app's endpoints do through
 * `errorResponse`; anything else thrown is a server error.
 */
export class ClientError extends APIError {
  constructor(status: number, message: string, data?: Record<string, unknown>) {
    super(message, status, data ?? null, true)
  }
}
