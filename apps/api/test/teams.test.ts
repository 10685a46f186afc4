// A team sharing one server, over a real socket: each API key sees only its own saved
// comparisons, health needs no key, and forwarded client addresses are believed only from
// trusted proxies (for the rate limit and the access log).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { apiKeyId, readConfig } from '../src/config.js';
import { startServer, type RunningServer } from '../src/server.js';
import { ARTICLE_A, ARTICLE_B } from './helpers/test-app.js';

const dirs: string[] = [];
const servers: RunningServer[] = [];
/** A server with its own data folder, its access log written to `access.log` in it. */
async function serve(env: Record<string, string>): Promise<{ server: RunningServer; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'wirediff-teams-'));
  dirs.push(dir);
  const server = await startServer(
    readConfig({ PORT: '0', WIREDIFF_DATA_DIR: dir, WIREDIFF_WEB_DIR: 'none', WIREDIFF_WORKERS: '1', WIREDIFF_RATE_LIMIT_PER_MINUTE: '0', WIREDIFF_ACCESS_LOG: join(dir, 'access.log'), ...env }),
  );
  servers.push(server);
  return { server, dir };
}
afterAll(async () => {
  for (const server of servers) await server.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The access log's lines once at least `count` are written (the file is appended through a stream). */
async function logLines(dir: string, count: number): Promise<Array<Record<string, unknown>>> {
  for (let attempt = 0; ; attempt++) {
    // The stream opens the file asynchronously: until it has, there are no lines yet.
    const path = join(dir, 'access.log');
    const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const lines = text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
    if (lines.length >= count || attempt >= 250) return lines;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const bearer = (key: string): Record<string, string> => ({ authorization: `Bearer ${key}` });

async function save(url: string, key: string, title: string): Promise<string> {
  const response = await fetch(`${url}/v1/comparisons`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(key) },
    body: JSON.stringify({ documents: [{ text: ARTICLE_A, title }, { text: ARTICLE_B }] }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe('two API keys on one server', () => {
  let url = '';
  let dir = '';
  const keys = { desk: 'desk-secret-1', research: 'research-secret-2' };
  beforeAll(async () => {
    const started = await serve({ WIREDIFF_API_KEYS: `desk:${keys.desk},${keys.research}` });
    url = started.server.url;
    dir = started.dir;
  });

  test('each key sees, lists and deletes only its own; the other key gets 404', async () => {
    const deskId = await save(url, keys.desk, 'desk copy');
    const researchId = await save(url, keys.research, 'research copy');

    const cases: Array<[string, string, string, number]> = [
      ['desk reads its own', keys.desk, deskId, 200],
      ['research reads its own', keys.research, researchId, 200],
      ['desk reads research\'s', keys.desk, researchId, 404],
      ['research reads desk\'s', keys.research, deskId, 404],
    ];
    for (const [name, key, id, status] of cases) {
      const response = await fetch(`${url}/v1/comparisons/${id}`, { headers: bearer(key) });
      expect(response.status, name).toBe(status);
      const body = (await response.json()) as { documents?: Array<{ title?: string }>; type?: string };
      // A 404 carries nothing of the other key's comparison.
      if (status === 404) expect(JSON.stringify(body), name).not.toContain('copy');
    }

    const listed = async (key: string): Promise<string[]> =>
      ((await (await fetch(`${url}/v1/comparisons?limit=100`, { headers: bearer(key) })).json()) as { items: Array<{ id: string }> }).items.map((item) => item.id);
    expect(await listed(keys.desk)).toEqual([deskId]);
    expect(await listed(keys.research)).toEqual([researchId]);

    expect((await fetch(`${url}/v1/comparisons/${deskId}`, { method: 'DELETE', headers: bearer(keys.research) })).status).toBe(404);
    expect((await fetch(`${url}/v1/comparisons/${deskId}`, { headers: bearer(keys.desk) })).status).toBe(200);
    expect((await fetch(`${url}/v1/comparisons/${deskId}`, { method: 'DELETE', headers: bearer(keys.desk) })).status).toBe(204);
    expect(await listed(keys.desk)).toEqual([]);
  });

  test('health answers without a key and says keys are required; other routes do not', async () => {
    const health = await fetch(`${url}/v1/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', authRequired: true, queue: { limitSeconds: 5 } });
    const listing = await fetch(`${url}/v1/comparisons`);
    expect(listing.status).toBe(401);
    expect(listing.headers.get('www-authenticate')).toContain('Bearer');
  });

  test('the access log has one JSON line per request, with the key id and never the key or the text', async () => {
    await fetch(`${url}/v1/compare`, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(keys.research) }, body: JSON.stringify({ documents: [{ text: ARTICLE_A }, { text: ARTICLE_B }] }) });
    const lines = await logLines(dir, 15);
    const log = readFileSync(join(dir, 'access.log'), 'utf8');
    const compare = lines.filter((line) => line['path'] === '/v1/compare').at(-1);
    expect(compare).toMatchObject({ method: 'POST', status: 200, keyId: apiKeyId(keys.research), client: '127.0.0.1' });
    expect(compare!['durationMs']).toEqual(expect.any(Number));
    expect(lines.some((line) => line['path'] === '/v1/health' && line['keyId'] === null && line['status'] === 200)).toBe(true);
    expect(lines.some((line) => line['keyId'] === 'desk')).toBe(true);
    for (const secret of [keys.desk, keys.research, 'Officials from both countries']) expect(log).not.toContain(secret);
  });
});

describe('forwarded client addresses', () => {
  // The test's own connections come from 127.0.0.1: trusted on one server, not on the other.
  async function rateLimitedServer(trusted: string): Promise<{ url: string; dir: string }> {
    const started = await serve({ WIREDIFF_RATE_LIMIT_PER_MINUTE: '1', WIREDIFF_TRUSTED_PROXIES: trusted });
    return { url: started.server.url, dir: started.dir };
  }
  const from = (client: string): Record<string, string> => ({ 'x-forwarded-for': `${client}, 10.9.8.7` });

  test('behind a trusted proxy, each forwarded client has its own rate limit and is the one logged', async () => {
    const { url, dir } = await rateLimitedServer('127.0.0.1, 10.0.0.0/8');
    expect((await fetch(`${url}/v1/comparisons`, { headers: from('203.0.113.7') })).status).toBe(200);
    expect((await fetch(`${url}/v1/comparisons`, { headers: from('198.51.100.23') })).status).toBe(200);
    expect((await fetch(`${url}/v1/comparisons`, { headers: from('203.0.113.7') })).status).toBe(429);
    expect((await fetch(`${url}/v1/comparisons`, { headers: { forwarded: 'for="[2001:db8::17]:4711";proto=https' } })).status).toBe(200);
    const clients = (await logLines(dir, 4)).map((line) => line['client']);
    expect(clients).toEqual(['203.0.113.7', '198.51.100.23', '203.0.113.7', '2001:db8::17']);
  });

  test('from an untrusted peer the header is ignored: every request counts against the peer', async () => {
    const { url, dir } = await rateLimitedServer('10.0.0.0/8');
    expect((await fetch(`${url}/v1/comparisons`, { headers: from('203.0.113.7') })).status).toBe(200);
    expect((await fetch(`${url}/v1/comparisons`, { headers: from('198.51.100.23') })).status).toBe(429);
    const clients = (await logLines(dir, 2)).map((line) => line['client']);
    expect(clients).toEqual(['127.0.0.1', '127.0.0.1']);
  });
});
