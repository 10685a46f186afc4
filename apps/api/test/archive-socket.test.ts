// The archive over a real socket: a feed streamed as chunked ndjson to a real server (SQLite
// file in a temp folder) while /v1/health keeps answering, and the same routes on the real
// PostgreSQL (its own schema, dropped after; said so and how to get one when unreachable).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshSchema, postgresProblem, postgresSkipNotice, TEST_POSTGRES_URL } from '@wirediff/archive/testing';
import { afterAll, describe, expect, test } from 'vitest';
import { readConfig } from '../src/config.js';
import { startServer, type RunningServer } from '../src/server.js';
import { PAPER_COPY, WIRE_STORY } from './helpers/archive-articles.js';

const problem = await postgresProblem();
if (problem !== null) console.warn(postgresSkipNotice('PostgreSQL archive route test', problem));

const dirs: string[] = [];
const servers: RunningServer[] = [];
const cleanups: Array<() => Promise<void>> = [];
async function serve(env: Record<string, string> = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'wirediff-archive-socket-'));
  dirs.push(dir);
  const server = await startServer(readConfig({ PORT: '0', WIREDIFF_DATA_DIR: dir, WIREDIFF_WEB_DIR: 'none', WIREDIFF_WORKERS: '1', WIREDIFF_RATE_LIMIT_PER_MINUTE: '0', ...env }));
  servers.push(server);
  return server;
}
afterAll(async () => {
  for (const server of servers) await server.close();
  for (const cleanup of cleanups) await cleanup();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const FEED_LINES = 3000;
function feedLine(i: number): string {
  if (i === 0) return JSON.stringify({ id: 'wire/1', text: WIRE_STORY, outlet: 'Wire', publishedAt: '2024-03-01T07:00:00Z' });
  if (i === 1) return JSON.stringify({ id: 'paper 1', text: PAPER_COPY, outlet: 'Daily', publishedAt: '2024-03-01T18:00:00Z' });
  return JSON.stringify({ id: `note/${i}`, text: `Short wire note number ${i}, about the weather in district ${i % 17}.`, publishedAt: '2024-02-20' });
}

/** A chunked request body that arrives a few hundred lines at a time, checking health between chunks. */
function streamedFeed(url: string, healthSeen: number[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (next >= FEED_LINES) {
        controller.close();
        return;
      }
      const health = await fetch(`${url}/v1/health`);
      healthSeen.push(health.status);
      let chunk = '';
      for (const end = Math.min(FEED_LINES, next + 400); next < end; next++) chunk += `${feedLine(next)}\r\n`;
      controller.enqueue(encoder.encode(chunk));
    },
  });
}

async function exercise(url: string): Promise<void> {
  const healthSeen: number[] = [];
  const add = await fetch(`${url}/v1/archive/documents`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: streamedFeed(url, healthSeen), duplex: 'half' } as RequestInit);
  expect(add.status, await add.clone().text()).toBe(200);
  expect(await add.json()).toEqual({ received: FEED_LINES, added: FEED_LINES, updated: 0, unchanged: 0 });
  expect(healthSeen.length).toBeGreaterThan(5);
  expect(new Set(healthSeen)).toEqual(new Set([200]));

  const read = await fetch(`${url}/v1/archive/documents/${encodeURIComponent('paper 1')}`);
  expect(await read.json()).toMatchObject({ id: 'paper 1', outlet: 'Daily', day: '2024-03-01' });
  const sources = await (await fetch(`${url}/v1/archive/sources`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: PAPER_COPY, excludeId: 'paper 1' }) })).json();
  expect(sources.hits[0]).toMatchObject({ id: 'wire/1', verification: { matches: expect.any(Number) } });
  const csv = await fetch(`${url}/v1/archive/dedup?since=2024-03-01&format=csv`);
  expect((await csv.text()).trimEnd().split('\n').slice(1).map((row) => row.split(',')[4])).toEqual(['wire/1', 'paper 1']);

  // A bad line part-way through a streamed feed: a 400 naming it, and the server goes on.
  const bad = await fetch(`${url}/v1/archive/documents`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: `${feedLine(0)}\nnot json\n${feedLine(1)}\n` });
  expect(bad.status).toBe(400);
  expect((await bad.json()).detail).toMatch(/^Line 2 is not valid JSON/);
  expect((await fetch(`${url}/v1/archive/stats`)).status).toBe(200);
  expect((await (await fetch(`${url}/v1/archive/evict`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"olderThan":"2024-03-01"}' })).json()).removed).toBe(FEED_LINES - 2);
}

describe('the archive over a real socket', () => {
  test('on a SQLite file: a chunked ndjson feed is streamed in while health answers, then searched and clustered', async () => {
    await exercise((await serve()).url);
  });

  test.skipIf(problem !== null)('on PostgreSQL (WIREDIFF_DATABASE_URL with ?schema=), in a schema of its own', async () => {
    const { schema, drop } = freshSchema('wd_api_archive');
    cleanups.push(drop);
    await exercise((await serve({ WIREDIFF_DATABASE_URL: `${TEST_POSTGRES_URL}?schema=${schema}` })).url);
  });
});
