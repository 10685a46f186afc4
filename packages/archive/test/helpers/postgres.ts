import { freshSchema, postgresProblem, postgresSkipNotice, TEST_POSTGRES_URL } from '../../src/testing/test-postgres.js';

/** The test server (see src/testing/test-postgres.ts). */
export const POSTGRES_URL: string = TEST_POSTGRES_URL;

const problem = await postgresProblem();
/** Whether the PostgreSQL tests can run. */
export const hasPostgres: boolean = problem === null;
if (problem !== null) console.warn(postgresSkipNotice('PostgreSQL tests', problem));

export { freshSchema };
