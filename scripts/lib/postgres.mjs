// A throwaway PostgreSQL database per run: schema setup never meets tables from an earlier run.
import pg from 'pg'

export const defaultPostgresUrl = 'postgres://postgres@127.0.0.1:5432/postgres'

export function postgresServerUrl(env = process.env) {
  return env.POSTGRES_URL || defaultPostgresUrl
}

/** Creates `cms_<purpose>_<time>` on the server and returns its URI and a function to drop it. */
export async function scratchPostgres(purpose, env = process.env) {
  const server = new URL(postgresServerUrl(env))
  const name = `cms_${purpose}_${Date.now().toString(36)}_${process.pid}`
  const admin = new pg.Client({
    connectionString: server.toString(),
    connectionTimeoutMillis: 3000,
  })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE "${name}"`)
  } finally {
    await admin.end()
  }
  const uri = new URL(server)
  uri.pathname = `/${name}`
  return {
    name,
    uri: uri.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: server.toString() })
      await client.connect()
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      } finally {
        await client.end()
      }
    },
  }
}

/** Drops every database whose name starts with `prefix`: the scratch databases of one test run. */
export async function dropDatabasesStartingWith(prefix, env = process.env) {
  const client = new pg.Client({ connectionString: postgresServerUrl(env) })
  await client.connect()
  try {
    const { rows } = await client.query(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [prefix],
    )
    for (const { datname } of rows)
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
    return rows.length
  } finally {
    await client.end()
  }
}
