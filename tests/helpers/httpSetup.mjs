// Jest globalSetup for the HTTP suite: the served app starts empty, and its create-first-user
// screen makes the first account an administrator. Done once here, so the HTTP test files can run
// in parallel and each sign in as that administrator.
import { adminCredentials } from './httpAccounts.mjs'

export default async function createFirstAdministrator() {
  const base = process.env.TEST_BASE_URL
  if (!base) return
  const response = await fetch(`${base}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...adminCredentials, confirmPassword: adminCredentials.password }),
  })
  if (response.status !== 200) {
    throw new Error(`first-register answered ${response.status}: ${await response.text()}`)
  }
}
