import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DOCS_ASSET_NAMES } from '../src/docs/swagger-ui-assets.js';
import { listProblemKinds } from '../src/errors.js';
import { createTestApp, postJson, type TestApp } from './helpers/test-app.js';

const ASSET_URL = /(?:src|href)="([^"]+)"/g;
const SCRIPT_TAG = /<script\b[^>]*>/g;
const EXTERNAL_URL = /(?:https?:)?\/\/[a-z0-9.-]+/i;
const CONTENT_TYPE_BY_EXTENSION: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  png: 'image/png',
};
// The only CSP sources /docs may use: this origin, inline styles, data:/blob: images and fonts.
const ALLOWED_CSP_SOURCES = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']);

const swaggerUiDist = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

let t: TestApp;
beforeAll(() => {
  t = createTestApp();
});
afterAll(async () => {
  await t.close();
});

function parseCsp(header: string): Map<string, string[]> {
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0] !== '')
      .map(([name, ...sources]) => [name!, sources]),
  );
}

async function docsHtml(): Promise<string> {
  const response = await t.app.request('/docs');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  return response.text();
}

describe('GET /docs (Swagger UI)', () => {
  test('is Swagger UI on /openapi.json, built from local assets only, with no inline script', async () => {
    const html = await docsHtml();
    expect(html).toContain('<div id="swagger-ui" data-openapi-url="/openapi.json">');
    const urls = [...html.matchAll(ASSET_URL)].map((m) => m[1]!);
    const assetPaths = urls.filter((url) => url.startsWith('/docs/assets/')).map((url) => url.split('?')[0]);
    expect(assetPaths).toEqual(expect.arrayContaining(['/docs/assets/swagger-ui.css', '/docs/assets/swagger-ui-bundle.js', '/docs/assets/init.js']));
    for (const url of urls) expect(url).not.toMatch(EXTERNAL_URL);
    const scripts = html.match(SCRIPT_TAG) ?? [];
    expect(scripts.length).toBe(2);
    for (const tag of scripts) expect(tag).toMatch(/ src="\/docs\/assets\/[a-z-]+\.js\?v=[\w-]+"/);
  });

  test('every asset the page references answers 200 with its content type and a long cache', async () => {
    const html = await docsHtml();
    const urls = [...html.matchAll(ASSET_URL)].map((m) => m[1]!.replaceAll('&amp;', '&')).filter((url) => url.startsWith('/docs/assets/'));
    expect(urls.length).toBeGreaterThanOrEqual(4);
    for (const url of urls) {
      const response = await t.app.request(url);
      expect(response.status, url).toBe(200);
      const extension = url.split('?')[0]!.split('.').pop()!;
      expect(response.headers.get('content-type'), url).toBe(CONTENT_TYPE_BY_EXTENSION[extension]);
      expect(response.headers.get('cache-control'), url).toBe('public, max-age=31536000, immutable');
      expect((await response.arrayBuffer()).byteLength, url).toBeGreaterThan(0);
    }
  });

  test.each(DOCS_ASSET_NAMES.filter((name) => name !== 'init.js'))('/docs/assets/%s is the installed swagger-ui-dist file', async (name) => {
    const response = await t.app.request(`/docs/assets/${name}`);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(swaggerUiDist, name)))).toBe(true);
  });

  test('/docs/assets/init.js starts SwaggerUIBundle from the page\'s data-openapi-url', async () => {
    const response = await t.app.request('/docs/assets/init.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const script = await response.text();
    expect(script).toContain('SwaggerUIBundle(');
    expect(script).toContain("getAttribute('data-openapi-url')");
  });

  test('an unchanged asset answers 304 to its ETag', async () => {
    const first = await t.app.request('/docs/assets/swagger-ui.css');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await t.app.request('/docs/assets/swagger-ui.css', { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  test.each(['/docs/assets/nope.js', '/docs/assets/..%2Fpackage.json', '/docs/assets/swagger-ui.js', '/docs/assets/index.html'])('%s is a 404 problem', async (path) => {
    const response = await t.app.request(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  test.each(['/docs', '/docs/assets/swagger-ui-bundle.js', '/docs/problems'])('the CSP on %s allows scripts only from this origin and nothing external', async (path) => {
    const response = await t.app.request(path);
    const csp = parseCsp(response.headers.get('content-security-policy') ?? '');
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    // Swagger UI sets inline styles and draws its icons as data: SVG.
    expect(csp.get('style-src')).toEqual(expect.arrayContaining(["'self'", "'unsafe-inline'"]));
    expect(csp.get('img-src')).toEqual(expect.arrayContaining(["'self'", 'data:']));
    for (const [directive, sources] of csp) {
      for (const source of sources) expect(ALLOWED_CSP_SOURCES.has(source), `${directive} ${source}`).toBe(true);
    }
  });

  test('the OpenAPI description links to the problem types', async () => {
    const document = (await (await t.app.request('/openapi.json')).json()) as { info: { description: string } };
    expect(document.info.description).toContain('](/docs/problems)');
  });
});

describe('GET /docs/problems', () => {
  test('has an entry for every problem kind the app can emit', async () => {
    const html = await (await t.app.request('/docs/problems')).text();
    // listProblemKinds() walks the Record<ProblemKind, …> every ApiError is built from, so it is the full set.
    const kinds = listProblemKinds();
    expect(kinds.length).toBeGreaterThan(10);
    for (const { kind, status, title } of kinds) {
      expect(html).toContain(`<tr id="problem-${kind}"><td><code>${status}</code></td><td><code>${kind}</code></td><td>${title}</td></tr>`);
    }
  });

  test('the type of real error responses points at an entry of the page', async () => {
    const html = await (await t.app.request('/docs/problems')).text();
    const responses = await Promise.all([
      t.app.request('/nowhere'),
      t.app.request('/v1/compare'),
      t.app.request('/v1/compare', postJson('{"documents": [')),
      t.app.request('/v1/compare', postJson({ documents: [{ text: 'only one' }] })),
      t.app.request('/v1/extract', { method: 'POST', headers: { 'content-type': 'image/png' }, body: 'x' }),
    ]);
    const types = await Promise.all(responses.map(async (response) => ((await response.json()) as { type: string }).type));
    expect(new Set(types).size).toBe(5);
    for (const type of types) {
      const [path, fragment] = type.split('#');
      expect(path).toBe('/docs/problems');
      expect(html).toContain(`id="${fragment}"`);
    }
  });
});
