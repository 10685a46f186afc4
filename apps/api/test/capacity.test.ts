// The server's capacity over a real socket: admission by work (a burst beyond it gets 503 with
// Retry-After at once while the admitted finish), a cancelled request gives its place back, and
// health is answered while the workers are saturated. How fast is the benchmark's business
// (`npm run bench:api`); these tests only say that it happens.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readConfig } from '../src/config.js';
import { startServer, type RunningServer } from '../src/server.js';
import { syntheticPair } from '../src/compare/synthetic-text.js';

interface Health {
  workers: { workers: number; busy: number; queued: number };
  queue: { admitted: number; workSeconds: number; expectedWaitSeconds: number; limitSeconds: number };
}

const dirs: string[] = [];
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const running of servers) await running.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A one-worker server with this queue limit, its worker warmed up. */
async function serveWithQueue(queueSeconds: string): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wirediff-capacity-'));
  dirs.push(dataDir);
  const started = await startServer(
    readConfig({
      PORT: '0',
      WIREDIFF_DATA_DIR: dataDir,
      WIREDIFF_WEB_DIR: 'none',
      WIREDIFF_WORKERS: '1',
      WIREDIFF_QUEUE_SECONDS: queueSeconds,
      WIREDIFF_RATE_LIMIT_PER_MINUTE: '0',
      WIREDIFF_MAX_BODY_BYTES: String(8 * 1024 * 1024),
      WIREDIFF_MAX_DOCUMENT_CHARS: '3000000',
    }),
  );
  servers.push(started);
  server = started;
  // So the first timed comparison does not also pay for loading the engine.
  expect((await compare(syntheticPair(2000, 1))).status).toBe(200);
  return started;
}

let server: RunningServer;

function compare([a, b]: [string, string], signal?: AbortSignal): Promise<Response> {
  return fetch(`${server.url}/v1/compare`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documents: [{ text: a }, { text: b }] }), ...(signal ? { signal } : {}) });
}

async function health(): Promise<Health> {
  const response = await fetch(`${server.url}/v1/health`);
  expect(response.status).toBe(200);
  return (await response.json()) as Health;
}

async function until(condition: (h: Health) => boolean, what: string, withinMs = 10_000): Promise<Health> {
  const deadline = performance.now() + withinMs;
  for (;;) {
    const h = await health();
    if (condition(h)) return h;
    if (performance.now() > deadline) throw new Error(`health did not show ${what} within ${withinMs} ms: ${JSON.stringify(h)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const MEGABYTE_PAIR = syntheticPair(1_000_000, 11);
// About 3.4 s of estimated work, and seconds of real work on any machine.
const LARGE_PAIR = syntheticPair(3_000_000, 14);

describe('admission by work', () => {
  test('a burst beyond capacity: 503 server-busy with Retry-After at once, every admitted request answered', async () => {
    // A 1.5 s queue on one worker: one or two 1 MB pairs (a second or more of work each) fill it.
    await serveWithQueue('1.5');
    const started = performance.now();
    const timed = Array.from({ length: 8 }, async () => {
      const response = await compare(MEGABYTE_PAIR);
      const body = await response.text();
      return { status: response.status, ms: performance.now() - started, retryAfter: response.headers.get('retry-after'), body };
    });
    // Health is answered while the worker is saturated by the burst.
    const duringBurst = await until((h) => h.queue.admitted >= 1 && h.workers.busy === 1, 'the burst admitted and running');
    expect(duringBurst.queue.expectedWaitSeconds).toBeGreaterThan(0);
    const results = await Promise.all(timed);

    const admitted = results.filter((r) => r.status === 200);
    const refused = results.filter((r) => r.status === 503);
    expect(admitted.length + refused.length, JSON.stringify(results.map((r) => r.status))).toBe(8);
    // How many fit depends on this machine's speed (the server calibrates its estimates at start);
    // a 1.5 s queue holds one or two 1 MB pairs, never eight.
    expect(admitted.length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeGreaterThanOrEqual(4);
    for (const r of admitted) expect(JSON.parse(r.body).schemaVersion).toBe(1);
    for (const r of refused) {
      expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(r.body)).toMatchObject({ type: '/docs/problems#problem-server-busy', status: 503 });
    }
    // Refused at once: every 503 came before the first admitted comparison finished.
    const firstAnswer = Math.min(...admitted.map((r) => r.ms));
    for (const r of refused) expect(r.ms).toBeLessThan(firstAnswer);
    expect((await health()).queue.admitted).toBe(0);
  });

  test('a cancelled request gives its place back at once, running or waiting', async () => {
    // The longest queue the server takes: its estimates scale with how fast it measured itself at
    // start, and on a machine loaded by the rest of the test run the second comparison must
    // still be admitted rather than refused (that is the other test's business).
    await serveWithQueue('3600');
    const running = new AbortController();
    const waiting = new AbortController();
    const first = compare(LARGE_PAIR, running.signal).catch((error: Error) => error);
    await until((h) => h.workers.busy === 1, 'the first comparison running');
    const second = compare(syntheticPair(300_000, 12), waiting.signal).catch((error: Error) => error);
    await until((h) => h.queue.admitted === 2 && h.workers.queued === 1, 'the second comparison waiting');

    waiting.abort();
    expect(await second).toBeInstanceOf(Error);
    const afterWaitingLeft = await until((h) => h.queue.admitted === 1, 'the waiting comparison gone');
    expect(afterWaitingLeft.workers).toMatchObject({ busy: 1, queued: 0 });

    // The running one holds more estimated work than a worker restart costs: it is stopped
    // (its worker terminated), long before it could have finished.
    running.abort();
    expect(await first).toBeInstanceOf(Error);
    await until((h) => h.queue.admitted === 0 && h.workers.busy === 0, 'the running comparison stopped', 1000);
    // The pool replaced the stopped worker: the next comparison is answered.
    const next = await compare(syntheticPair(5000, 13));
    expect(next.status).toBe(200);
  });
});
