import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROUTES } from '../src/routes/route-definitions.js';
import * as schemas from '../src/schemas.js';
import { ARTICLE_A, ARTICLE_B, createTestApp, postJson, type TestApp } from './helpers/test-app.js';
import { writeDocx } from '@wirediff/extract/testing';

type Json = Record<string, unknown>;
let t: TestApp;
let doc: { openapi: string; paths: Record<string, Record<string, { responses: Record<string, Json> }>>; components: { schemas: Record<string, Json> } };

beforeAll(async () => {
  t = createTestApp({ WIREDIFF_MAX_DOCUMENTS: '3' });
  doc = await (await t.app.request('/openapi.json')).json();
});
afterAll(() => t.close());

function collectRefs(value: unknown, refs: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, refs);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') refs.push(item);
      else collectRefs(item, refs);
    }
  }
  return refs;
}

describe('the OpenAPI document', () => {
  test('is OpenAPI 3.1 with every route and only those', () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    const defined = Object.values(ROUTES).map((route) => `${route.method.toUpperCase()} ${route.path}`);
    expect(documented.sort()).toEqual(defined.sort());
    for (const [, methods] of Object.entries(doc.paths)) {
      for (const operation of Object.values(methods)) {
        expect(Object.keys(operation.responses).length).toBeGreaterThan(0);
        for (const response of Object.values(operation.responses)) expect(typeof response['description']).toBe('string');
      }
    }
  });

  test('every route the app serves under /v1 is in the document, and only those', () => {
    const served = new Set(
      t.app.routes
        .filter((route) => route.method !== 'ALL' && route.path.startsWith('/v1/') && !route.path.includes('*'))
        .map((route) => `${route.method.toUpperCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    expect([...served].sort()).toEqual(documented.sort());
  });

  test('declares the optional bearer API key', () => {
    expect((doc as unknown as { components: { securitySchemes: Json } }).components.securitySchemes).toMatchObject({ apiKey: { type: 'http', scheme: 'bearer' } });
  });

  test('every $ref resolves', () => {
    const refs = collectRefs(doc);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) {
      const name = ref.replace('#/components/schemas/', '');
      expect(doc.components.schemas, ref).toHaveProperty([name]);
    }
  });

  test('every example in the document validates against the schema it illustrates', () => {
    const byName: Record<string, z.ZodType> = {
      CompareRequest: schemas.CompareRequestSchema,
      ExtractRequest: schemas.ExtractJsonRequestSchema,
      ExtractResponse: schemas.ExtractResponseSchema,
      Health: schemas.HealthSchema,
      Problem: schemas.ProblemSchema,
      ArchiveAddRequest: schemas.ArchiveAddRequestSchema,
      ArchiveSourcesRequest: schemas.ArchiveSourcesRequestSchema,
    };
    const withExamples = Object.entries(doc.components.schemas).filter(([, schema]) => 'example' in schema);
    expect(withExamples.map(([name]) => name).sort()).toEqual(Object.keys(byName).sort());
    for (const [name, schema] of withExamples) expect(byName[name]!.safeParse(schema['example']).success, name).toBe(true);
  });
});

describe('what the routes return matches the document', () => {
  const form = (): FormData => {
    const data = new FormData();
    data.append('file', new Blob([writeDocx([ARTICLE_A])]), 'a.docx');
    data.append('file', new Blob([ARTICLE_B]), 'b.txt');
    return data;
  };
  let savedId = '';
  const cases: Array<[keyof typeof ROUTES, () => [string, RequestInit]]> = [
    ['health', () => ['/v1/health', {}]],
    ['compare', () => ['/v1/compare', postJson({ documents: [{ text: ARTICLE_A }, { text: ARTICLE_B }] })]],
    ['compare', () => ['/v1/compare', { method: 'POST', body: form() }]],
    ['compare', () => ['/v1/compare', postJson({ documents: [{ text: 'a' }] })]],
    ['compare', () => ['/v1/compare', postJson({ documents: [{ text: 'a' }, { text: 'b' }, { text: 'c' }, { text: 'd' }] })]],
    ['compare', () => ['/v1/compare', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'a' }]],
    ['extract', () => ['/v1/extract', postJson({ html: `<p>${ARTICLE_A}</p>` })]],
    ['extract', () => ['/v1/extract', { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: 'not a pdf' }]],
    ['saveComparison', () => ['/v1/comparisons', postJson({ documents: [{ text: ARTICLE_A }, { text: ARTICLE_B }] })]],
    ['listComparisons', () => ['/v1/comparisons?limit=5', {}]],
    ['listComparisons', () => ['/v1/comparisons?limit=500', {}]],
    ['getComparison', () => [`/v1/comparisons/${savedId}`, {}]],
    ['getComparison', () => ['/v1/comparisons/AAAAAAAAAAAAAAAAAAAAAA', {}]],
    ['deleteComparison', () => [`/v1/comparisons/${savedId}`, { method: 'DELETE' }]],
    ['deleteComparison', () => [`/v1/comparisons/${savedId}`, { method: 'DELETE' }]],
    ['addArchiveDocuments', () => ['/v1/archive/documents', postJson({ documents: [{ id: 'a/1', text: ARTICLE_A, publishedAt: '2024-03-01' }, { id: 'b 1', text: ARTICLE_B, publishedAt: '2024-03-01' }] })]],
    ['addArchiveDocuments', () => ['/v1/archive/documents', { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: `${JSON.stringify({ id: 'c', text: ARTICLE_B })}\n` }]],
    ['addArchiveDocuments', () => ['/v1/archive/documents', postJson({ documents: [{ id: 'a' }] })]],
    ['addArchiveDocuments', () => ['/v1/archive/documents', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'a' }]],
    ['getArchiveDocument', () => [`/v1/archive/documents/${encodeURIComponent('a/1')}`, {}]],
    ['getArchiveDocument', () => ['/v1/archive/documents/nothing', {}]],
    ['archiveSources', () => ['/v1/archive/sources', postJson({ text: ARTICLE_B, excludeId: 'b 1' })]],
    ['archiveSources', () => ['/v1/archive/sources', postJson({ text: ARTICLE_B, limit: 1000 })]],
    ['archiveDedup', () => ['/v1/archive/dedup?since=2024-03-01', {}]],
    ['archiveDedup', () => ['/v1/archive/dedup?since=never', {}]],
    ['archiveStats', () => ['/v1/archive/stats', {}]],
    ['archiveEvict', () => ['/v1/archive/evict', postJson({ olderThan: '2024-01-01' })]],
    ['archiveEvict', () => ['/v1/archive/evict', postJson({ olderThan: 'soon' })]],
    ['deleteArchiveDocument', () => ['/v1/archive/documents/c', { method: 'DELETE' }]],
    ['deleteArchiveDocument', () => ['/v1/archive/documents/c', { method: 'DELETE' }]],
  ];

  test.each(cases.map(([route, make], index) => [index, route, make] as const))('case %i: %s', async (_index, routeName, make) => {
    const route = ROUTES[routeName];
    const [path, init] = make();
    const response = await t.app.request(path, init);
    const documented = (route.responses as Record<number, { content?: Record<string, { schema: z.ZodType }> }>)[response.status];
    expect(documented, `${routeName} returned an undocumented ${response.status}`).toBeDefined();
    if (documented!.content === undefined) {
      expect(await response.text()).toBe('');
      return;
    }
    const [mediaType, { schema }] = Object.entries(documented!.content)[0]!;
    expect(response.headers.get('content-type')).toContain(mediaType);
    const body = await response.json();
    const parsed = schema.safeParse(body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    if (routeName === 'saveComparison') savedId = (body as { id: string }).id;
  });

  test.each(['jsonl', 'csv'])('dedup as %s has a media type the document lists', async (format) => {
    const response = await t.app.request(`/v1/archive/dedup?format=${format}`);
    expect(response.status).toBe(200);
    const listed = Object.keys((ROUTES.archiveDedup.responses as Record<number, { content: Record<string, unknown> }>)[200]!.content);
    expect(listed).toContain(response.headers.get('content-type')!.split(';')[0]);
  });
});
