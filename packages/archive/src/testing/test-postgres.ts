// The PostgreSQL server the project's tests run against, for the archive's own tests and the
// apps' (API, CLI, README commands): where it is, whether it answers, and a schema of one's own.
// A test module (`@wirediff/archive/testing`), never imported by the archive itself.
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import pg from 'pg';

/**
 * PostgreSQL 15 on 127.0.0.1 with trust auth, database `test`, unless WIREDIFF_TEST_DATABASE_URL
 * says otherwise. The user is named because a test runner's environment may carry no USER.
 */
export const TEST_POSTGRES_URL: string = process.env['WIREDIFF_TEST_DATABASE_URL'] ?? `postgres://${encodeURIComponent(userInfo().username)}@127.0.0.1:5432/test`;

/**
 * Why the test server cannot be used, or null when it answers.
 * @example const problem = await postgresProblem(); describe.runIf(problem === null)(…)
 */
export async function postgresProblem(url: string = TEST_POSTGRES_URL): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * What a test file prints when it skips its PostgreSQL tests: what was skipped, why, and how to get a server.
 * @example if (problem !== null) console.warn(postgresSkipNotice('PostgreSQL archive tests', problem))
 */
export function postgresSkipNotice(what: string, problem: string, url: string = TEST_POSTGRES_URL): string {
  return (
    `${what} skipped: cannot reach ${url} (${problem}); start the server with ` +
    '`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` (Debian: `apt-get install -y postgresql`), ' +
    'or point WIREDIFF_TEST_DATABASE_URL at one'
  );
}

/**
 * A fresh schema name for one test file, so parallel runs never see each other's tables; `drop` removes it.
 * @example const { schema, drop } = await freshSchema('archive'); afterAll(drop);
 */
export function freshSchema(prefix: string, url: string = TEST_POSTGRES_URL): { schema: string; drop: () => Promise<void> } {
  const schema = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  return { schema, drop: () => dropSchema(schema, url) };
}

/**
 * Drop a schema and everything in it (nothing when it does not exist).
 * @example await dropSchema('wirediff_demo')
 */
export async function dropSchema(schema: string, url: string = TEST_POSTGRES_URL): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/u.test(schema)) throw new RangeError(`dropSchema: schema must be a lower-case SQL identifier, got ${JSON.stringify(schema)}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
