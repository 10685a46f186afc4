import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ComparisonReportSchema, SavedComparisonSchema } from '../src/schemas.js';
import { ARTICLE_A, ARTICLE_B, createTestApp, postJson, type TestApp } from './helpers/test-app.js';
import { writeDocx, writePdf, writeZip } from '@wirediff/extract/testing';

let t: TestApp;
beforeAll(() => {
  t = createTestApp({ WIREDIFF_MAX_BODY_BYTES: String(256 * 1024), WIREDIFF_MAX_DOCUMENT_CHARS: '20000', WIREDIFF_MAX_DOCUMENTS: '4', WIREDIFF_MAX_PDF_PAGES: '3', WIREDIFF_MAX_DOCX_BYTES: '100000' });
});
afterAll(() => t.close());

function form(files: Array<{ name: string; data: Uint8Array | string; type?: string }>, fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const file of files) data.append('file', new Blob([file.data], { type: file.type ?? '' }), file.name);
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function problemOf(response: Response): Promise<{ type: string; title: string; status: number; detail: string; errors?: Array<{ path: string; message: string }> }> {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const body = await response.json();
  expect(body.status).toBe(response.status);
  expect(typeof body.detail).toBe('string');
  expect(body.type).toMatch(/^\/docs\/problems#problem-[a-z-]+$/);
  return body;
}

describe('POST /v1/compare', () => {
  test('two texts give a report whose offsets point into the texts sent', async () => {
    const response = await t.app.request('/v1/compare', postJson({ documents: [{ text: ARTICLE_A, outlet: 'Wire' }, { text: ARTICLE_B, outlet: 'Daily' }] }));
    expect(response.status).toBe(200);
    const report = ComparisonReportSchema.parse(await response.json());
    expect(report.documents.map((d) => d.outlet)).toEqual(['Wire', 'Daily']);
    expect(report.matches.length).toBeGreaterThan(0);
    for (const match of report.matches) {
      for (const side of match.sides) {
        const text = side.document === 0 ? ARTICLE_A : ARTICLE_B;
        for (const [start, end] of side.spans) {
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(text.length);
        }
      }
    }
  });

  test('ids and indexes are the library\'s: doc-1, doc-2 by position unless given, every index from 0', async () => {
    const response = await t.app.request('/v1/compare', postJson({ documents: [{ text: ARTICLE_A }, { text: ARTICLE_B, id: 'daily' }] }));
    const report = ComparisonReportSchema.parse(await response.json());
    expect(report.documents.map((d) => d.id)).toEqual(['doc-1', 'daily']);
    for (const document of report.documents) expect(document.sentences.map((s) => s.index)).toEqual(document.sentences.map((_, i) => i));
    const documentIndexes = new Set(report.matches.flatMap((match) => match.sides.map((side) => side.document)));
    expect([...documentIndexes].sort()).toEqual([0, 1]);
  });

  test('HTML documents are extracted and the texts echoed', async () => {
    const html = (body: string) => `<html><head><title>Talks</title></head><body><nav>Home | World</nav><article><p>${body}</p></article></body></html>`;
    const response = await t.app.request('/v1/compare', postJson({ documents: [{ html: html(ARTICLE_A) }, { text: ARTICLE_B }] }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.texts).toHaveLength(2);
    expect(body.texts[0]).toContain('Officials from both countries');
    expect(body.texts[1]).toBe(ARTICLE_B);
    expect(body.documents[0].title).toBe('Talks');
  });

  test('multipart with one file per document (.txt, .md, .html, .docx, .pdf)', async () => {
    const files = [
      { name: 'a.txt', data: ARTICLE_A },
      { name: 'b.md', data: `# Trade talks\n\n${ARTICLE_B}` },
      { name: 'c.docx', data: writeDocx([ARTICLE_A]) },
      { name: 'd.pdf', data: writePdf([ARTICLE_B.replace(/\. /g, '.\n')]) },
    ];
    const response = await t.app.request('/v1/compare', { method: 'POST', body: form(files, { options: '{"minScore":0.3}', metadata: '[{"outlet":"Wire"}]' }) });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.documents).toHaveLength(4);
    expect(body.documents[0].outlet).toBe('Wire');
    expect(body.texts[2]).toBe(ARTICLE_A);
    expect(body.options.minScore).toBe(0.3);
  });

  test.each([
    ['malformed JSON', '{"documents": [', 400, 'bad-request'],
    ['not an object', '42', 400, 'validation'],
    ['one document', { documents: [{ text: 'a' }] }, 400, 'validation'],
    ['a document with neither text nor html', { documents: [{ title: 'x' }, { text: 'b' }] }, 400, 'validation'],
    ['a document with both text and html', { documents: [{ text: 'a', html: '<p>a</p>' }, { text: 'b' }] }, 400, 'validation'],
    ['text of the wrong type', { documents: [{ text: 5 }, { text: 'b' }] }, 400, 'validation'],
    ['minScore out of range', { documents: [{ text: 'a' }, { text: 'b' }], options: { minScore: 2 } }, 400, 'validation'],
    ['too many documents', { documents: Array.from({ length: 5 }, () => ({ text: 'a' })) }, 413, 'too-large'],
    ['a document over the character limit', { documents: [{ text: 'a'.repeat(20_001) }, { text: 'b' }] }, 413, 'too-large'],
  ] as const)('%s -> %i', async (_name, body, status, kind) => {
    const response = await t.app.request('/v1/compare', postJson(body));
    expect(response.status).toBe(status);
    const problem = await problemOf(response);
    expect(problem.type).toBe(`/docs/problems#problem-${kind}`);
  });

  test('validation errors name each bad field by path', async () => {
    const response = await t.app.request('/v1/compare', postJson({ documents: [{ text: 1 }, { text: 'b', title: 7 }] }));
    const problem = await problemOf(response);
    expect(problem.errors?.map((e) => e.path)).toEqual(expect.arrayContaining(['/documents/0/text', '/documents/1/title']));
  });

  test('body over the byte limit -> 413', async () => {
    const response = await t.app.request('/v1/compare', postJson({ documents: [{ text: 'x'.repeat(300 * 1024) }, { text: 'b' }] }));
    expect(response.status).toBe(413);
    await problemOf(response);
  });

  test.each([
    ['no content type', undefined],
    ['text/plain', 'text/plain'],
    ['application/xml', 'application/xml'],
  ])('unsupported content type (%s) -> 415', async (_name, type) => {
    const headers: Record<string, string> = type === undefined ? {} : { 'content-type': type };
    const response = await t.app.request('/v1/compare', { method: 'POST', headers, body: 'x' });
    expect(response.status).toBe(415);
    await problemOf(response);
  });

  test.each([
    ['corrupt .docx', 'a.docx', new TextEncoder().encode('PK\u0003\u0004 this is not really a zip'), 422],
    ['a zip that is not a Word file', 'a.docx', writeZip([{ name: 'x.txt', data: 'hello' }]), 422],
    ['.docx zip bomb', 'a.docx', writeDocx(['x'], {}, [{ name: 'word/media/pad.bin', data: new Uint8Array(200_000) }]), 413],
    ['.docx whose headers lie about its size', 'a.docx', writeDocx(['x'], {}, [{ name: 'word/media/pad.bin', data: new Uint8Array(200_000), claimedSize: 10 }]), 413],
    ['encrypted PDF', 'a.pdf', writePdf(['secret'], { encrypted: true }), 422],
    ['image-only PDF', 'a.pdf', writePdf(['']), 422],
    ['PDF over the page limit', 'a.pdf', writePdf(['1', '2', '3', '4']), 413],
    ['not a PDF at all', 'a.pdf', new TextEncoder().encode('hello'), 422],
    ['binary sent as text', 'a.txt', new Uint8Array([0, 159, 146, 150, 0, 1, 2, 3]), 422],
    ['unsupported file kind', 'a.exe', new Uint8Array([77, 90]), 415],
  ] as const)('%s -> %i', async (_name, name, data, status) => {
    const response = await t.app.request('/v1/compare', { method: 'POST', body: form([{ name, data }, { name: 'b.txt', data: ARTICLE_B }]) });
    expect(response.status).toBe(status);
    await problemOf(response);
  });

  test('multipart with one file -> 400, bad options JSON -> 400', async () => {
    expect((await t.app.request('/v1/compare', { method: 'POST', body: form([{ name: 'a.txt', data: 'a' }]) })).status).toBe(400);
    const bad = await t.app.request('/v1/compare', { method: 'POST', body: form([{ name: 'a.txt', data: 'a' }, { name: 'b.txt', data: 'b' }], { options: '{nope' }) });
    expect((await problemOf(bad)).errors?.[0]?.path).toBe('/options');
  });

  test('malformed multipart -> 400', async () => {
    const response = await t.app.request('/v1/compare', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=xyz' }, body: 'garbage without boundaries' });
    expect(response.status).toBe(400);
    await problemOf(response);
  });
});

describe('POST /v1/extract', () => {
  test('HTML string: article text, title, byline and date', async () => {
    const html = `<html><head><title>Geneva talks end</title><meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-05-02T09:30:00Z"></head>
      <body><nav><a href="/">Home</a></nav><article><h1>Geneva talks end</h1><p>${ARTICLE_A}</p><p>${ARTICLE_B}</p></article><footer>Copyright</footer></body></html>`;
    const response = await t.app.request('/v1/extract', postJson({ html }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ format: 'html', title: 'Geneva talks end', byline: 'Jane Doe', publishedAt: '2024-05-02T09:30:00Z' });
    expect(body.text).toContain(ARTICLE_A);
    expect(body.text).not.toContain('Copyright');
    expect(body.characters).toBe(body.text.length);
  });

  test.each([
    ['.docx', 'a.docx', (): Uint8Array | string => writeDocx(['First paragraph.', 'Second paragraph.'], { title: 'Doc title', creator: 'Ann Author', created: '2024-01-02T03:04:05Z' }), { format: 'docx', text: 'First paragraph.\n\nSecond paragraph.', title: 'Doc title', byline: 'Ann Author', publishedAt: '2024-01-02T03:04:05Z' }],
    ['.pdf', 'a.pdf', (): Uint8Array | string => writePdf(['Line one.\nLine two.', 'Page two.'], { title: 'PDF title', author: 'Bo' }), { format: 'pdf', text: 'Line one.\nLine two.\n\nPage two.', title: 'PDF title', byline: 'Bo' }],
    ['.md', 'a.md', (): Uint8Array | string => '---\ntitle: Front title\n---\n# Heading\n\nSome *emphasis* and a [link](http://x).', { format: 'markdown', text: 'Heading\n\nSome emphasis and a link.', title: 'Front title' }],
    ['cp1252 .txt', 'a.txt', (): Uint8Array | string => new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x63, 0x61, 0x66, 0xe9]), { format: 'text', text: '\u201cHi\u201d \u2013 caf\u00e9' }],
  ] as const)('multipart %s', async (_name, name, make, expected) => {
    const response = await t.app.request('/v1/extract', { method: 'POST', body: form([{ name, data: make() }]) });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject(expected);
  });

  test('raw body with its own content type', async () => {
    const response = await t.app.request('/v1/extract?filename=a.pdf', { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: writePdf(['Raw upload.']) });
    expect(response.status).toBe(200);
    expect((await response.json()).text).toBe('Raw upload.');
    const text = await t.app.request('/v1/extract', { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'plain' });
    expect(await text.json()).toMatchObject({ format: 'text', text: 'plain' });
  });

  test.each([
    ['malformed JSON', postJson('{'), 400],
    ['JSON without html', postJson({ text: 'x' }), 400],
    ['two files', { method: 'POST', body: form([{ name: 'a.txt', data: 'a' }, { name: 'b.txt', data: 'b' }]) }, 400],
    ['unsupported content type', { method: 'POST', headers: { 'content-type': 'image/png' }, body: 'x' }, 415],
    ['encrypted PDF', { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: writePdf(['x'], { encrypted: true }) }, 422],
    ['extracted text over the limit', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'a'.repeat(20_001) }, 413],
  ] as const)('%s -> %i', async (_name, init, status) => {
    const response = await t.app.request('/v1/extract', init as RequestInit);
    expect(response.status).toBe(status);
    await problemOf(response);
  });
});

describe('saved comparisons', () => {
  test('save, read back, list newest first with a cursor, delete', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await t.app.request('/v1/comparisons', postJson({ documents: [{ text: `${ARTICLE_A} ${i}`, title: `A${i}` }, { text: ARTICLE_B }] }));
      expect(response.status).toBe(201);
      const saved = SavedComparisonSchema.parse(await response.json());
      expect(response.headers.get('location')).toBe(`/v1/comparisons/${saved.id}`);
      expect(saved.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(saved.documents[0]?.text).toBe(`${ARTICLE_A} ${i}`);
      ids.push(saved.id);
    }
    const read = await t.app.request(`/v1/comparisons/${ids[1]}`);
    expect(read.status).toBe(200);
    const saved = SavedComparisonSchema.parse(await read.json());
    expect(saved.documents[0]?.title).toBe('A1');

    const first = await (await t.app.request('/v1/comparisons?limit=2')).json();
    expect(first.items.map((item: { id: string }) => item.id)).toEqual([ids[2], ids[1]]);
    expect(first.items[0].documents[0].title).toBe('A2');
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await (await t.app.request(`/v1/comparisons?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((item: { id: string }) => item.id)).toContain(ids[0]);

    expect((await t.app.request(`/v1/comparisons/${ids[1]}`, { method: 'DELETE' })).status).toBe(204);
    expect((await t.app.request(`/v1/comparisons/${ids[1]}`)).status).toBe(404);
    expect((await t.app.request(`/v1/comparisons/${ids[1]}`, { method: 'DELETE' })).status).toBe(404);
  });

  test.each([
    ['unknown id', '/v1/comparisons/AAAAAAAAAAAAAAAAAAAAAA', 404],
    ['id of the wrong shape', '/v1/comparisons/1', 404],
    ['limit 0', '/v1/comparisons?limit=0', 400],
    ['limit not a number', '/v1/comparisons?limit=ten', 400],
    ['made-up cursor', '/v1/comparisons?cursor=abc', 400],
  ])('%s -> %i', async (_name, path, status) => {
    const response = await t.app.request(path);
    expect(response.status).toBe(status);
    await problemOf(response);
  });

  test('a bad body saves nothing', async () => {
    const before = (await (await t.app.request('/v1/comparisons?limit=100')).json()).items.length;
    expect((await t.app.request('/v1/comparisons', postJson({ documents: [] }))).status).toBe(400);
    expect((await (await t.app.request('/v1/comparisons?limit=100')).json()).items.length).toBe(before);
  });
});

describe('meta routes, 404 and 405', () => {
  test('GET /v1/health', async () => {
    const response = await t.app.request('/v1/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', workers: { workers: expect.any(Number) } });
  });

  test('HEAD answers like GET without a body', async () => {
    const response = await t.app.request('/v1/health', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  test('GET /docs/problems renders every route without scripts', async () => {
    const response = await t.app.request('/docs/problems');
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const path of ['/v1/compare', '/v1/extract', '/v1/comparisons', '/v1/comparisons/{id}', '/v1/health']) expect(html).toContain(`<code>${path}</code>`);
    expect(html).not.toContain('<script');
    // Markdown code spans in descriptions become <code>, not raw backticks.
    expect(html).toContain('<code>errors</code> lists each field.');
    expect(html).not.toContain('`');
  });

  test.each([
    ['/nowhere', 'GET', 404, null],
    ['/v1/unknown', 'POST', 404, null],
    ['/v1/health', 'POST', 405, 'GET, HEAD'],
    ['/v1/compare', 'GET', 405, 'POST'],
    ['/v1/comparisons', 'PUT', 405, 'GET, HEAD, POST'],
    ['/v1/comparisons/abc', 'PATCH', 405, 'DELETE, GET, HEAD'],
  ])('%s %s -> %i', async (path, method, status, allow) => {
    const response = await t.app.request(path, { method });
    expect(response.status).toBe(status);
    expect(response.headers.get('allow')).toBe(allow);
    await problemOf(response);
  });
});

describe('the worker pool', () => {
  test('a closed queue refuses work with 503 server-busy', async () => {
    const { createWorkQueue } = await import('../src/compare/work-queue.js');
    const { createWorkerPool } = await import('../src/compare/worker-pool.js');
    const { createCostModel } = await import('../src/compare/cost-model.js');
    const queue = createWorkQueue({ pool: createWorkerPool({ size: 1 }), costModel: createCostModel(), queueSeconds: 1, timeBudgetMs: 1000 });
    await queue.close();
    expect(() => queue.admit(1)).toThrow(expect.objectContaining({ status: 503, kind: 'server-busy' }));
  });

  test('comparisons are answered while others wait in the queue', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => t.app.request('/v1/compare', postJson({ documents: [{ text: ARTICLE_A + i }, { text: ARTICLE_B }] }))),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const stats = t.queue.stats();
    expect(stats.workers).toBe(2);
    expect(stats).toMatchObject({ running: 0, waiting: 0, admitted: 0 });
  });
});

describe('engine misuse errors', () => {
  test('an option the engine refuses is a 400 naming the option', async () => {
    const response = await t.app.request('/v1/compare', postJson({ documents: [{ text: ARTICLE_A }, { text: ARTICLE_B }], options: { language: '   ' } }));
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.errors?.[0]?.path).toBe('/options/language');
  });
});
