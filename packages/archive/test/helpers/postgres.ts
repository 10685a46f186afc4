import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import pg from 'pg';

/** The test server: PostgreSQL 15 on 127.0.0.1 with trust auth, database `test` (override with WIREDIFF_TEST_DATABASE_URL). */
// The user is named because a test runner's environment may carry no USER for libpq-style defaults.
export const POSTGRES_URL: string = process.env.WIREDIFF_TEST_DATABASE_URL ?? `postgres://${encodeURIComponent(userInfo().username)}@127.0.0.1:5432/test`;

async function reachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
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

const problem = await reachable();
/** Whether the PostgreSQL tests can run. */
export const hasPostgres: boolean = problem === null;
if (problem !== null) {
  console.warn(
    `PostgreSQL tests skipped: cannot reach ${POSTGRES_URL} (${problem}); start the server with ` +
      '`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` (Debian: `apt-get install -y postgresql`), ' +
      'or point WIREDIFF_TEST_DATABASE_URL at one',
  );
}

/**
 * A fresh schema for one test file, so parallel runs never see each other's tables; `drop` removes it.
 * @example const { schema, drop } = await freshSchema('archive'); afterAll(drop);
 */
export async function freshSchema(prefix: string): Promise<{ schema: string; drop: () => Promise<void> }> {
  const schema = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  return {
    schema,
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
