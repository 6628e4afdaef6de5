import { minifiedSiteStyles } from './src/components/siteStyles.mjs'

// The pages' stylesheet, as next.config.mjs builds it for Next (src/components/styles.ts); the
// test workers inherit it.
process.env.SITE_STYLES ??= minifiedSiteStyles()

// Payload is ESM only: SWC compiles TypeScript to ES modules and jest runs them as such
// (NODE_OPTIONS=--experimental-vm-modules, set by scripts/test.mjs). next/jest and CommonJS
// transforms cannot load Payload.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2023',
    },
    module: { type: 'es6' },
  },
]

const shared = {
  // TypeScript first: a stray compiled `X.js` beside `X.ts` must never shadow the source.
  moduleFileExtensions: ['ts', 'tsx', 'mjs', 'js', 'json'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  testEnvironment: 'node',
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@collections/(.*)$': '<rootDir>/collections/$1',
    '^@locales/(.*)$': '<rootDir>/locales/$1',
    '^@payload-config$': '<rootDir>/src/payload.config.ts',
    // graphql's package.json names its main file without an extension, so with 'mjs' listed before
    // 'js' above, a bare `import 'graphql'` loads index.mjs while Payload's `graphql/type/definition.js`
    // loads the CommonJS build: two copies, and GraphQL fails "GraphQLNonNull from another realm".
    // Pin the bare import to the CommonJS entry, which the deep imports share.
    '^graphql$': '<rootDir>/node_modules/graphql/index.js',
  },
}

/** Integration tests run once per SQL dialect: the same file, a fresh database of each kind. */
const integration = (dialect) => ({
  ...shared,
  displayName: `int:${dialect}`,
  testMatch: ['<rootDir>/tests/int/**/*.test.ts'],
  setupFiles: [`<rootDir>/tests/helpers/dialect.${dialect}.ts`],
})

const config = {
  // One test file at a time (the HTTP suites share two servers), but in a worker that is replaced
  // once it holds more than this after a file: ESM test modules are never freed, and run in band the
  // whole suite grew jest's own heap past 4 GB and killed it before it wrote its report. Setting a
  // limit is also what makes jest use a worker when one is all it has.
  maxWorkers: 1,
  workerIdleMemoryLimit: '1GB',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    integration('sqlite'),
    integration('postgres'),
    {
      ...shared,
      displayName: 'http',
      testMatch: ['<rootDir>/tests/http/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/httpSetup.mjs',
    },
    // Real Chromium (playwright-core, /usr/bin/chromium) against the served site.
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
    },
  ],
}

export default config
