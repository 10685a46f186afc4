// The archive over HTTP (/v1/archive/…), in-process against a real SQLite archive in a temp
// folder and the real worker pool: add (JSON and ndjson feeds), read and delete by ids holding
// `/` and spaces, sources, dedup in three formats, stats, evict, one archive per API key, and a
// clear 4xx problem for every bad input.
import { MAX_ID_LENGTH } from '@wirediff/archive';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARCHIVE_MAX_ID_LENGTH } from '../src/schemas.js';
import { OTHER_STORY, PAPER_COPY, WIRE_STORY } from './helpers/archive-articles.js';
import { createTestApp, postJson, type TestApp } from './helpers/test-app.js';

const PROBLEM = 'application/problem+json';
const PATH_ID = 'pa/1998-03-02/courts story 1';
const docPath = (id: string): string => `/v1/archive/documents/${encodeURIComponent(id)}`;
const ndjson = (lines: unknown[], headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-ndjson', ...headers },
  body: lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n'),
});

let t: TestApp;
beforeAll(() => {
  t = createTestApp({ WIREDIFF_MAX_DOCUMENT_CHARS: '5000' });
});
afterAll(() => t.close());

describe('the archive routes', () => {
  test('the API schema and the archive agree on the longest id', () => {
    expect(ARCHIVE_MAX_ID_LENGTH).toBe(MAX_ID_LENGTH);
  });

  test('add as JSON, read back by an id with / and spaces, add again unchanged, delete', async () => {
    const add = await t.app.request('/v1/archive/documents', postJson({ documents: [{ id: PATH_ID, text: WIRE_STORY, outlet: 'PA', publishedAt: '1998-03-02T07:00:00Z' }] }));
    expect(add.status).toBe(200);
    expect(await add.json()).toEqual({ received: 1, added: 1, updated: 0, unchanged: 0 });
    const read = await t.app.request(docPath(PATH_ID));
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ id: PATH_ID, text: WIRE_STORY, outlet: 'PA', day: '1998-03-02', publishedAt: '1998-03-02T07:00:00Z' });
    const again = await t.app.request('/v1/archive/documents', postJson({ documents: [{ id: PATH_ID, text: WIRE_STORY, outlet: 'PA', publishedAt: '1998-03-02T07:00:00Z' }] }));
    expect(await again.json()).toEqual({ received: 1, added: 0, updated: 0, unchanged: 1 });
    expect((await t.app.request(docPath(PATH_ID), { method: 'DELETE' })).status).toBe(204);
    const gone = await t.app.request(docPath(PATH_ID));
    expect(gone.status).toBe(404);
    expect(gone.headers.get('content-type')).toBe(PROBLEM);
    expect((await t.app.request(docPath(PATH_ID), { method: 'DELETE' })).status).toBe(404);
  });

  test('an ndjson feed is added in batches; sources, dedup, stats and evict see it', async () => {
    const feed = [
      { id: 'wire 1', text: WIRE_STORY, outlet: 'Wire', publishedAt: '2024-03-01T07:00:00Z' },
      '',
      { id: 'paper/1', text: PAPER_COPY, outlet: 'Daily', publishedAt: '2024-03-01T18:00:00Z' },
      { id: 'other', text: OTHER_STORY, outlet: 'Daily', publishedAt: '2024-02-01' },
      // Enough small documents for more than one batch of 500 lines.
      ...Array.from({ length: 620 }, (_, i) => ({ id: `filler-${i}`, text: `Filler note number ${i} about nothing in particular.`, publishedAt: '2024-01-15' })),
    ];
    const response = await t.app.request('/v1/archive/documents', ndjson(feed));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: 623, added: 623, updated: 0, unchanged: 0 });

    const sources = await t.app.request('/v1/archive/sources', postJson({ text: PAPER_COPY, publishedAt: '2024-03-01T18:00:00Z', excludeId: 'paper/1', limit: 5 }));
    expect(sources.status).toBe(200);
    const found = await sources.json();
    expect(found.hits[0]).toMatchObject({ id: 'wire 1', outlet: 'Wire', first: 'source' });
    expect(found.hits[0].verification.articleReusedShare).toBeGreaterThan(0.5);
    expect(found.hits[0].verification.report).toBeUndefined();
    expect(found.text).toBeUndefined();

    const fromHtml = await t.app.request('/v1/archive/sources', postJson({ html: `<html><body><article>${PAPER_COPY.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`, verify: 1 }));
    expect(fromHtml.status).toBe(200);
    const htmlFound = await fromHtml.json();
    expect(htmlFound.text).toContain('Kestrel harbour bridge');
    expect(htmlFound.hits.map((hit: { id: string }) => hit.id)).toContain('wire 1');

    const dedup = await t.app.request('/v1/archive/dedup?since=2024-03-01&until=2024-03-01');
    expect(dedup.status).toBe(200);
    const clusters = await dedup.json();
    expect(clusters).toMatchObject({ documents: 2, clusters: [{ origin: 'wire 1', members: [{ id: 'wire 1' }, { id: 'paper/1' }] }] });
    const csv = await t.app.request('/v1/archive/dedup?since=2024-03-01&until=2024-03-01&format=csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = (await csv.text()).trimEnd().split('\n');
    expect(rows[0]).toMatch(/^cluster,size,origin/);
    expect(rows.slice(1).map((row) => row.split(',')[4])).toEqual(['wire 1', 'paper/1']);
    const jsonl = await t.app.request('/v1/archive/dedup?since=2024-03-01&until=2024-03-01&format=jsonl&verify=all');
    expect(jsonl.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect((await jsonl.text()).trimEnd().split('\n').map((line) => JSON.parse(line).origin)).toEqual(['wire 1']);

    const stats = await (await t.app.request('/v1/archive/stats')).json();
    expect(stats).toMatchObject({ documents: 623, firstDay: '2024-01-15', lastDay: '2024-03-01' });
    const evict = await t.app.request('/v1/archive/evict', postJson({ olderThan: '2024-02-01' }));
    expect(await evict.json()).toEqual({ removed: 620 });
    expect((await (await t.app.request('/v1/archive/stats')).json()).documents).toBe(3);
  });

  test('a later line of a feed with a known id replaces the earlier one', async () => {
    const response = await t.app.request('/v1/archive/documents', ndjson([{ id: 'story', text: 'First take.' }, { id: 'story', text: 'Second take, longer.' }]));
    expect(await response.json()).toEqual({ received: 2, added: 1, updated: 1, unchanged: 0 });
    expect((await (await t.app.request(docPath('story'))).json()).text).toBe('Second take, longer.');
  });

  test('a bad ndjson line is a 400 naming it; the batches before it stay, and sending the fixed feed again completes it', async () => {
    const good = Array.from({ length: 501 }, (_, i) => ({ id: `feed-${i}`, text: `Feed note ${i}.`, publishedAt: '2023-05-01' }));
    const bad = [...good, { id: 'late', text: 'A note.', publishedAt: 'yesterday' }];
    const response = await t.app.request('/v1/archive/documents', ndjson(bad));
    expect(response.status).toBe(400);
    const problem = await response.json();
    expect(problem.type).toBe('/docs/problems#problem-validation');
    expect(problem.detail).toMatch(/^Line 502: publishedAt must be an ISO 8601 date/);
    expect(problem.detail).toContain('The 500 documents before line 501 were added');
    expect(problem.errors).toEqual([{ path: '/publishedAt', message: expect.stringContaining('publishedAt must be') }]);
    const fixed = await t.app.request('/v1/archive/documents', ndjson([...good, { id: 'late', text: 'A note.', publishedAt: '2023-05-02' }]));
    expect(await fixed.json()).toEqual({ received: 502, added: 2, updated: 0, unchanged: 500 });
  });
});

describe('bad input is a 4xx problem, never a crash', () => {
  const longText = 'word '.repeat(1200);
  const cases: Array<[string, string, RequestInit, number, string, string?]> = [
    ['malformed JSON', '/v1/archive/documents', postJson('{"documents": ['), 400, 'bad-request'],
    ['wrong content type', '/v1/archive/documents', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }, 415, 'unsupported-type'],
    ['no content type', '/v1/archive/documents', { method: 'POST', body: 'x' }, 415, 'unsupported-type'],
    ['documents not an array', '/v1/archive/documents', postJson({ documents: {} }), 400, 'validation', '/documents'],
    ['missing text', '/v1/archive/documents', postJson({ documents: [{ id: 'a' }] }), 400, 'validation', '/documents/0/text'],
    ['missing id', '/v1/archive/documents', postJson({ documents: [{ text: 'a' }] }), 400, 'validation', '/documents/0/id'],
    ['huge id', '/v1/archive/documents', postJson({ documents: [{ id: 'x'.repeat(513), text: 'a' }] }), 400, 'validation', '/documents/0/id'],
    ['bad publishedAt', '/v1/archive/documents', postJson({ documents: [{ id: 'a', text: 'a' }, { id: 'b', text: 'b', publishedAt: '31/02/2024' }] }), 400, 'validation', '/documents/1/publishedAt'],
    ['the same id twice', '/v1/archive/documents', postJson({ documents: [{ id: 'a', text: 'a' }, { id: 'a', text: 'b' }] }), 400, 'validation', '/documents/1/id'],
    ['text over the limit', '/v1/archive/documents', postJson({ documents: [{ id: 'a', text: longText }] }), 413, 'too-large', '/documents/0/text'],
    ['bad ndjson line', '/v1/archive/documents', ndjson([{ id: 'a', text: 'a' }, '{"id": "b", "text":']), 400, 'bad-request'],
    ['ndjson line not an object', '/v1/archive/documents', ndjson(['[1, 2]']), 400, 'validation'],
    ['ndjson line missing text', '/v1/archive/documents', ndjson([{ id: 'a' }]), 400, 'validation', '/text'],
    ['ndjson text over the limit', '/v1/archive/documents', ndjson([{ id: 'a', text: longText }]), 413, 'too-large', '/text'],
    ['ndjson not UTF-8', '/v1/archive/documents', { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }, 400, 'bad-request'],
    ['sources with neither text nor html', '/v1/archive/sources', postJson({ limit: 3 }), 400, 'validation'],
    ['sources with both text and html', '/v1/archive/sources', postJson({ text: 'a', html: '<p>a</p>' }), 400, 'validation'],
    ['sources limit out of range', '/v1/archive/sources', postJson({ text: 'a', limit: 0 }), 400, 'validation', '/limit'],
    ['sources bad before', '/v1/archive/sources', postJson({ text: 'a', before: 'soon' }), 400, 'validation', '/before'],
    ['sources bad publishedAt', '/v1/archive/sources', postJson({ text: 'a', publishedAt: '31/02/2024' }), 400, 'validation', '/publishedAt'],
    ['sources malformed JSON', '/v1/archive/sources', postJson('{'), 400, 'bad-request'],
    ['sources wrong content type', '/v1/archive/sources', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'a' }, 415, 'unsupported-type'],
    ['sources article over the limit', '/v1/archive/sources', postJson({ text: longText }), 413, 'too-large', '/text'],
    ['dedup bad since', '/v1/archive/dedup?since=tuesday', {}, 400, 'validation', '/since'],
    ['dedup until before since', '/v1/archive/dedup?since=2024-03-05&until=2024-03-01', {}, 400, 'validation', '/until'],
    ['dedup unknown format', '/v1/archive/dedup?format=xml', {}, 400, 'validation', '/format'],
    ['dedup unknown verify', '/v1/archive/dedup?verify=some', {}, 400, 'validation', '/verify'],
    ['evict bad date', '/v1/archive/evict', postJson({ olderThan: 'last week' }), 400, 'validation', '/olderThan'],
    ['evict without olderThan', '/v1/archive/evict', postJson({}), 400, 'validation', '/olderThan'],
    ['evict wrong content type', '/v1/archive/evict', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }, 415, 'unsupported-type'],
    ['wrong method', '/v1/archive/stats', { method: 'DELETE' }, 405, 'method-not-allowed'],
  ];
  test.each(cases)('%s', async (_name, path, init, status, kind, field) => {
    const response = await t.app.request(path, init);
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(status);
    expect(response.headers.get('content-type')).toBe(PROBLEM);
    expect(body.type).toBe(`/docs/problems#problem-${kind}`);
    if (field !== undefined) expect(body.errors?.map((e: { path: string }) => e.path)).toContain(field);
  });

  test('nothing was logged as a server fault', () => {
    expect(t.logged).toEqual([]);
  });
});

describe('one archive per API key', () => {
  let keyed: TestApp;
  const as = (key: string, init: RequestInit = {}): RequestInit => ({ ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${key}` } });
  beforeAll(() => {
    keyed = createTestApp({ WIREDIFF_API_KEYS: 'desk:desk-key,research:research-key' });
  });
  afterAll(() => keyed.close());

  test("another key's documents are not found, and its stats, sources and dedup see only its own", async () => {
    expect((await keyed.app.request('/v1/archive/stats')).status).toBe(401);
    const add = await keyed.app.request('/v1/archive/documents', as('desk-key', postJson({ documents: [{ id: 'w/1', text: WIRE_STORY, publishedAt: '2024-03-01' }, { id: 'p/1', text: PAPER_COPY, publishedAt: '2024-03-01' }] })));
    expect(add.status).toBe(200);
    expect((await keyed.app.request(docPath('w/1'), as('desk-key'))).status).toBe(200);
    expect((await keyed.app.request(docPath('w/1'), as('research-key'))).status).toBe(404);
    expect((await keyed.app.request(docPath('w/1'), as('research-key', { method: 'DELETE' }))).status).toBe(404);
    expect((await (await keyed.app.request('/v1/archive/stats', as('research-key'))).json()).documents).toBe(0);
    expect((await (await keyed.app.request('/v1/archive/stats', as('desk-key'))).json()).documents).toBe(2);
    const theirs = await (await keyed.app.request('/v1/archive/sources', as('research-key', postJson({ text: PAPER_COPY })))).json();
    expect(theirs.hits).toEqual([]);
    const mine = await (await keyed.app.request('/v1/archive/sources', as('desk-key', postJson({ text: PAPER_COPY, excludeId: 'p/1' })))).json();
    expect(mine.hits[0].id).toBe('w/1');
    expect((await (await keyed.app.request('/v1/archive/dedup', as('research-key'))).json()).clusters).toEqual([]);
    expect((await (await keyed.app.request('/v1/archive/dedup', as('desk-key'))).json()).clusters).toHaveLength(1);
    expect((await (await keyed.app.request('/v1/archive/evict', as('research-key', postJson({ olderThan: '2025-01-01' })))).json()).removed).toBe(0);
    expect((await (await keyed.app.request('/v1/archive/stats', as('desk-key'))).json()).documents).toBe(2);
  });
});
