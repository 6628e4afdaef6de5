/** The embedded default: a newcomer needs no database server to run the site. */
export const defaultDatabaseUri = 'file:./data/cms.db'

export type Dialect = 'sqlite' | 'postgres' | 'mongodb'

export function databaseUri(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URI?.trim() || defaultDatabaseUri
}

/** `DATABASE_URI`'s scheme picks the adapter; anything else is a configuration error worth stopping for. */
export function dialectOf(uri: string): Dialect {
  if (uri.startsWith('file:')) return 'sqlite'
  if (uri.startsWith('postgres://') || uri.startsWith('postgresql://')) return 'postgres'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(
    `DATABASE_URI must start with file: (SQLite), postgres:// (PostgreSQL) or mongodb:// (MongoDB); got "${uri.split(':')[0]}:".`,
  )
}
