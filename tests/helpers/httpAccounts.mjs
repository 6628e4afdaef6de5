/** The administrator that tests/helpers/httpSetup.mjs creates on the served app. */
export const adminCredentials = {
  email: 'admin@example.org',
  password: 'correct horse battery staple',
}
