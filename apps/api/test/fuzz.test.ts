import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTICLE_A, ARTICLE_B, createTestApp, postJson, type TestApp } from './helpers/test-app.js';
import { writeDocx, writePdf } from '@wirediff/extract/testing';

let t: TestApp;
beforeAll(() => {
  t = createTestApp({ WIREDIFF_MAX_BODY_BYTES: String(2 * 1024 * 1024), WIREDIFF_MAX_DOCUMENT_CHARS: '200000' });
});
afterAll(() => t.close());

const ROUTES = ['/v1/compare', '/v1/extract', '/v1/comparisons'] as const;
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'multipart/form-data; boundary=----x',
  'multipart/form-data',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
  'text/html',
  'text/markdown',
  'application/octet-stream',
  '',
];

async function expectNo500(path: string, init: RequestInit): Promise<number> {
  const response = await t.app.request(path, init);
  const text = await response.text();
  expect(response.status, `${path} -> ${response.status}: ${text.slice(0, 300)}`).toBeLessThan(500);
  if (response.status >= 400) expect(response.headers.get('content-type')).toBe('application/problem+json');
  return response.status;
}

const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(ARTICLE_A, ARTICLE_B, '', ' ', '\u0000', '\uD800', '.'.repeat(500), 'U.S. "quote" — dash\u00AD\u200B', 'Привет, мир. 你好，世界。'),
);
const documentArb = fc.record(
  { text, title: fc.string({ maxLength: 20 }), outlet: fc.string({ maxLength: 20 }), publishedAt: fc.oneof(fc.constant('2024-05-02'), fc.string({ maxLength: 12 })), id: fc.string({ maxLength: 10 }) },
  { requiredKeys: ['text'] },
);

describe('fuzzing never yields a 500', () => {
  test('random JSON bodies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), fc.jsonValue(), async (path, value) => {
        await expectNo500(path, postJson(JSON.stringify(value)));
      }),
      { numRuns: 150 },
    );
  });

  test('random bytes under random content types', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), fc.constantFrom(...CONTENT_TYPES), fc.uint8Array({ maxLength: 2000 }), async (path, type, bytes) => {
        await expectNo500(path, { method: 'POST', headers: type ? { 'content-type': type } : {}, body: bytes });
      }),
      { numRuns: 150 },
    );
  });

  test('well-formed requests with odd document texts and options', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(documentArb, { minLength: 0, maxLength: 12 }),
        fc.option(fc.record({ minScore: fc.double({ noNaN: false }), language: fc.string({ maxLength: 25 }), timeBudgetMs: fc.integer({ min: -5, max: 5000 }) }, { requiredKeys: [] }), { nil: undefined }),
        async (documents, options) => {
          await expectNo500('/v1/compare', postJson(options === undefined ? { documents } : { documents, options }));
        },
      ),
      { numRuns: 60 },
    );
  });

  test('huge strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), fc.integer({ min: 150_000, max: 3_000_000 }), fc.constantFrom('a', 'é ', 'word. ', '\u0000'), async (path, size, unit) => {
        const huge = unit.repeat(Math.ceil(size / unit.length));
        const body = path === '/v1/extract' ? { html: huge } : { documents: [{ text: huge }, { text: ARTICLE_B }] };
        await expectNo500(path, postJson(body));
      }),
      { numRuns: 8 },
    );
  });

  test('uploaded files: random bytes and damaged .docx/.pdf under every extension', async () => {
    const seeds = [writeDocx([ARTICLE_A], { title: 'T' }), writePdf([ARTICLE_B]), new TextEncoder().encode(`<p>${ARTICLE_A}</p>`)];
    const damaged = fc
      .tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.option(fc.nat(), { nil: undefined }))
      .map(([seed, flips, cut]) => {
        const copy = new Uint8Array(seed);
        for (const [at, value] of flips) copy[at % copy.length] = value;
        return cut === undefined ? copy : copy.subarray(0, cut % (copy.length + 1));
      });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/v1/compare', '/v1/extract'),
        fc.oneof(damaged, fc.uint8Array({ maxLength: 3000 })),
        fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.docx', 'a.pdf', 'a.bin', 'noextension', ''),
        async (path, bytes, name) => {
          const form = new FormData();
          form.append('file', new Blob([bytes]), name);
          if (path === '/v1/compare') form.append('file', new Blob([ARTICLE_B]), 'b.txt');
          await expectNo500(path, { method: 'POST', body: form });
        },
      ),
      { numRuns: 120 },
    );
  });

  test('deeply nested JSON', async () => {
    for (const depth of [1_000, 100_000, 500_000]) {
      for (const path of ROUTES) {
        await expectNo500(path, postJson('['.repeat(depth) + ']'.repeat(depth)));
        await expectNo500(path, postJson(`{"documents":${'['.repeat(depth)}${']'.repeat(depth)}}`));
      }
    }
  });

  test('nothing reached the error log', () => {
    expect(t.logged).toEqual([]);
  });
});
