import { compare } from '@wirediff/match';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ArchiveDocumentInput, type ArchiveStore, createArchive, verifyTask } from '../src/index.js';
import { UNRELATED_A, UNRELATED_B, WIRE } from './helpers/articles.js';
import { postgresBackend, sqliteBackend } from './helpers/backends.js';
import { collectLines, spawnChild } from './helpers/child.js';

const postgres = postgresBackend();
const sqlite = sqliteBackend();
afterAll(async () => {
  await postgres.cleanup();
  await sqlite.cleanup();
});

/** Versions of one story: each keeps a different run of the wire's paragraphs and adds its own. */
function versions(): ArchiveDocumentInput[] {
  const wire = WIRE.split('\n\n');
  const own = `${UNRELATED_A}\n\n${UNRELATED_B}`.split('\n\n');
  return Array.from({ length: 10 }, (_, i) => {
    const kept = wire.filter((_, p) => (p + i) % 3 !== 0);
    return { id: `v${i}`, text: [...kept, own[i % own.length]!].join('\n\n'), publishedAt: `2026-03-02T0${i % 10}:00:00Z` };
  });
}

describe.skipIf(!postgres.available)('PostgreSQL verification queue with worker processes', () => {
  let store: ArchiveStore;
  beforeAll(async () => {
    store = await postgres.open();
    await createArchive({ store }).add(versions());
  });
  afterAll(async () => {
    await store?.close();
  });

  async function completions(run: number): Promise<number[]> {
    const { url, schema } = postgres.location();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const result = await client.query<{ completions: number }>(`SELECT completions FROM ${schema}.archive_verify_batches WHERE run = $1 ORDER BY batch`, [run]);
      return result.rows.map((row) => row.completions);
    } finally {
      await client.end();
    }
  }

  test('two workers drain the queue; a worker killed mid-batch loses nothing and nothing is counted twice', async () => {
    const pairs = await store.candidatePairs('default', 0, 100_000, { dfCap: 100, minShared: 1 });
    expect(pairs.length).toBeGreaterThanOrEqual(30);
    const queue = store.queue!;
    const run = await queue.enqueue('default', pairs, 3);
    const batches = Math.ceil(pairs.length / 3);
    const { url, schema } = postgres.location();

    const hanging = spawnChild('verify-worker.ts', [url, schema!, 'hang']);
    const hangingOut = collectLines(hanging);
    await hangingOut.until((line) => line.startsWith('claimed '));
    const claimed = Number(hangingOut.lines.find((line) => line.startsWith('claimed '))!.split(' ')[2]);
    // While it holds the batch, nobody else can take it.
    const other = await queue.claim(run);
    expect(other?.batch).not.toBe(claimed);
    await other?.release();
    hanging.kill('SIGKILL');
    await hangingOut.exit;

    const workers = [0, 1].map(() => spawnChild('verify-worker.ts', [url, schema!, 'drain']));
    const outputs = workers.map(collectLines);
    expect(await Promise.all(outputs.map((o) => o.exit))).toEqual([0, 0]);
    const done = outputs.map((o) => o.lines.filter((line) => line.startsWith('batch ')).map((line) => Number(line.split(' ')[2])));
    // Each batch done exactly once, between them, the killed one included.
    expect([...done[0]!, ...done[1]!].sort((a, b) => a - b)).toEqual(Array.from({ length: batches }, (_, i) => i));
    expect(done.flat()).toContain(claimed);
    expect(await queue.remaining(run)).toBe(0);
    expect(await completions(run)).toEqual(Array.from({ length: batches }, () => 1));

    const results = await queue.results(run);
    expect(results).toHaveLength(pairs.length);
    const texts = new Map((await store.getByKeys('default', [...new Set(pairs.flatMap((p) => [p.a, p.b]))])).map((doc) => [doc.key, doc.text]));
    for (const result of results.slice(0, 5)) {
      const expected = verifyTask(compare, { a: result.a, b: result.b, textA: texts.get(result.a)!, textB: texts.get(result.b)! });
      expect(result.shareA).toBeCloseTo(expected.shareA, 5);
      expect(result.shareB).toBeCloseTo(expected.shareB, 5);
    }
    await queue.drop(run);
    expect(await queue.remaining(run)).toBe(0);
    expect(await queue.results(run)).toEqual([]);
  });

  test('dedup with helper worker processes gives the clusters SQLite gives in one process', async () => {
    const { url, schema } = postgres.location();
    const helpers = [0, 1].map(() => spawnChild('verify-worker.ts', [url, schema!, 'poll']));
    const outputs = helpers.map(collectLines);
    await Promise.all(outputs.map((o) => o.until((line) => line === 'ready')));
    try {
      const fromPostgres = await createArchive({ store, batchSize: 2 }).dedup({ verify: 'all' });
      const local = await sqlite.open();
      try {
        const archive = createArchive({ store: local });
        await archive.add(versions());
        const fromSqlite = await archive.dedup({ verify: 'all' });
        expect(fromPostgres).toEqual(fromSqlite);
        expect(fromPostgres.verifiedPairs).toBe(fromPostgres.candidatePairs);
        expect(fromPostgres.clusters).toHaveLength(1);
        expect(fromPostgres.clusters[0]!.members).toHaveLength(10);
      } finally {
        await local.close();
      }
    } finally {
      for (const helper of helpers) helper.kill('SIGTERM');
      expect(await Promise.all(outputs.map((o) => o.exit))).toEqual([0, 0]);
    }
  });
});
