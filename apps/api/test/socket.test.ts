import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readConfig } from '../src/config.js';
import { startServer, type RunningServer } from '../src/server.js';
import { ARTICLE_A, ARTICLE_B } from './helpers/test-app.js';
import { writeDocx } from '@wirediff/extract/testing';

let server: RunningServer;
const dataDir = mkdtempSync(join(tmpdir(), 'wirediff-socket-'));
beforeAll(async () => {
  server = await startServer(readConfig({ PORT: '0', WIREDIFF_DATA_DIR: dataDir, WIREDIFF_WEB_DIR: 'none', WIREDIFF_MAX_BODY_BYTES: String(8 * 1024 * 1024), WIREDIFF_MAX_DOCUMENT_CHARS: '3000000', WIREDIFF_WORKERS: '2' }));
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('over a real socket', () => {
  test('listens on 127.0.0.1 and answers health', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/v1/health`);
    expect(response.status).toBe(200);
    expect((await response.json()).status).toBe('ok');
  });

  test('multipart upload compared, then saved and read back', async () => {
    const form = new FormData();
    form.append('file', new Blob([writeDocx([ARTICLE_A])]), 'wire.docx');
    form.append('file', new Blob([ARTICLE_B], { type: 'text/plain' }), 'daily.txt');
    const compared = await fetch(`${server.url}/v1/compare`, { method: 'POST', body: form });
    expect(compared.status).toBe(200);
    expect((await compared.json()).texts).toEqual([ARTICLE_A, ARTICLE_B]);
    const saved = await fetch(`${server.url}/v1/comparisons`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documents: [{ text: ARTICLE_A }, { text: ARTICLE_B }] }) });
    expect(saved.status).toBe(201);
    const location = saved.headers.get('location')!;
    const read = await fetch(server.url + location);
    expect((await read.json()).documents[1].text).toBe(ARTICLE_B);
  });

  test('a body announced over the limit is refused with 413 before it is read', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/v1/compare`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('{"documents":');
    });
    expect(status).toBe(413);
  });

  test('a chunked body over the limit is cut off with 413', async () => {
    const chunk = 'x'.repeat(1024 * 1024);
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"documents":[{"text":"'));
        for (let i = 0; i < 9; i++) controller.enqueue(new TextEncoder().encode(chunk));
        controller.close();
      },
    });
    const response = await fetch(`${server.url}/v1/compare`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  test('health answers while a large comparison runs in a worker', async () => {
    const big = (ARTICLE_A + ' ' + ARTICLE_B + ' ').repeat(2500);
    let bigDone = false;
    const running = fetch(`${server.url}/v1/compare`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documents: [{ text: big }, { text: big.split('').reverse().join('') }] }) }).then(async (r) => {
      bigDone = true;
      return r.status;
    });
    // Health is asked until it sees the comparison in a worker (the body takes a moment to
    // arrive under load), and must answer every time while the worker is busy.
    let sawBusy = false;
    for (let attempt = 0; attempt < 500 && !bigDone && !sawBusy; attempt++) {
      const health = await fetch(`${server.url}/v1/health`);
      expect(health.status).toBe(200);
      sawBusy = (await health.json()).workers.busy >= 1;
      if (!sawBusy) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(bigDone || sawBusy).toBe(true);
    expect(await running).toBeLessThan(500);
  });
});

describe('startServer', () => {
  test('a port already in use rejects with EADDRINUSE and leaves nothing open', async () => {
    const otherDir = mkdtempSync(join(tmpdir(), 'wirediff-socket-'));
    await expect(startServer(readConfig({ PORT: String(server.port), WIREDIFF_DATA_DIR: otherDir, WIREDIFF_WEB_DIR: 'none' }))).rejects.toMatchObject({ code: 'EADDRINUSE' });
    rmSync(otherDir, { recursive: true, force: true });
  });
});
