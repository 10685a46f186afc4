import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createTestApp, postJson, type TestApp } from './helpers/test-app.js';

const apps: TestApp[] = [];
function appWith(env: Record<string, string>, options: Parameters<typeof createTestApp>[1] = {}): TestApp {
  const t = createTestApp(env, options);
  apps.push(t);
  return t;
}
afterAll(async () => {
  for (const t of apps) await t.close();
});

describe('secure headers', () => {
  test('every response carries a CSP that fits a Vite React build', async () => {
    const { app } = appWith({});
    for (const path of ['/v1/health', '/docs', '/nowhere']) {
      const response = await app.request(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("img-src 'self' data: blob:");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});

describe('CORS', () => {
  test('closed when no origins are configured', async () => {
    const { app } = appWith({});
    const response = await app.request('/v1/health', { headers: { origin: 'https://evil.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await app.request('/v1/compare', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('open to the allow-list only', async () => {
    const { app } = appWith({ WIREDIFF_CORS_ORIGINS: 'https://cms.example, https://dash.example' });
    const allowed = await app.request('/v1/compare', { method: 'OPTIONS', headers: { origin: 'https://dash.example', 'access-control-request-method': 'POST' } });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dash.example');
    const denied = await app.request('/v1/health', { headers: { origin: 'https://evil.example' } });
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('error responses carry the CORS headers too, so a cross-origin caller can read the problem', async () => {
    const { app } = appWith({ WIREDIFF_CORS_ORIGINS: 'https://cms.example', WIREDIFF_API_KEYS: 'k' });
    const unauthorized = await app.request('/v1/comparisons', { headers: { origin: 'https://cms.example' } });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('access-control-allow-origin')).toBe('https://cms.example');
    const missing = await app.request('/v1/nothing', { headers: { origin: 'https://cms.example', authorization: 'Bearer k' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('access-control-allow-origin')).toBe('https://cms.example');
  });
});

describe('API keys', () => {
  test('every /v1 route but health needs a valid Bearer key when keys are configured', async () => {
    const { app } = appWith({ WIREDIFF_API_KEYS: 'alpha-key,beta-key' });
    for (const [path, init] of [
      ['/v1/comparisons', {}],
      ['/v1/compare', postJson({})],
      ['/v1/extract', postJson({})],
      ['/v1/comparisons/AAAAAAAAAAAAAAAAAAAAAA', { method: 'DELETE' }],
    ] as const) {
      const missing = await app.request(path, init);
      expect(missing.status).toBe(401);
      expect(missing.headers.get('www-authenticate')).toContain('Bearer');
      expect(missing.headers.get('content-type')).toBe('application/problem+json');
      const wrong = await app.request(path, { ...init, headers: { ...(init as RequestInit).headers, authorization: 'Bearer alpha' } });
      expect(wrong.status).toBe(401);
    }
    const ok = await app.request('/v1/comparisons', { headers: { authorization: 'Bearer beta-key' } });
    expect(ok.status).toBe(200);
    // A load balancer probes health without a key; health says a key is needed elsewhere.
    const health = await app.request('/v1/health');
    expect(health.status).toBe(200);
    expect((await health.json()).authRequired).toBe(true);
    // The docs and OpenAPI document stay public so people can find out how to authenticate.
    for (const path of ['/openapi.json', '/docs', '/docs/problems', '/docs/assets/init.js', '/docs/assets/swagger-ui.css']) {
      expect((await app.request(path)).status, path).toBe(200);
    }
  });
});

describe('rate limiting', () => {
  test('429 with Retry-After past the limit, reset after the window', async () => {
    let clock = 1_000_000;
    const { app } = appWith({ WIREDIFF_RATE_LIMIT_PER_MINUTE: '3' }, { now: () => clock });
    for (let i = 0; i < 3; i++) expect((await app.request('/v1/comparisons')).status).toBe(200);
    const limited = await app.request('/v1/comparisons');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(limited.headers.get('content-type')).toBe('application/problem+json');
    expect((await app.request('/v1/health')).status).toBe(200);
    clock += 60_000;
    expect((await app.request('/v1/comparisons')).status).toBe(200);
  });

  test('clients with different API keys have separate budgets', async () => {
    const { app } = appWith({ WIREDIFF_RATE_LIMIT_PER_MINUTE: '1', WIREDIFF_API_KEYS: 'k1,k2' });
    expect((await app.request('/v1/comparisons', { headers: { authorization: 'Bearer k1' } })).status).toBe(200);
    expect((await app.request('/v1/comparisons', { headers: { authorization: 'Bearer k1' } })).status).toBe(429);
    expect((await app.request('/v1/comparisons', { headers: { authorization: 'Bearer k2' } })).status).toBe(200);
  });
});

describe('serving the web build', () => {
  const webDir = mkdtempSync(join(tmpdir(), 'wirediff-web-'));
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/assets/app-abc123.js"></script>');
  writeFileSync(join(webDir, 'assets', 'app-abc123.js'), 'console.log("app")');
  writeFileSync(join(tmpdir(), 'wirediff-secret.txt'), 'secret');
  afterAll(() => rmSync(webDir, { recursive: true, force: true }));

  test('index, hashed assets, SPA fallback, and API paths untouched', async () => {
    const { app } = appWith({ WIREDIFF_WEB_DIR: webDir });
    const index = await app.request('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(await index.text()).toContain('id="root"');
    const asset = await app.request('/assets/app-abc123.js');
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const deepLink = await app.request('/c/q7Xv0b0d3C9o1m2KQk4b6A');
    expect(await deepLink.text()).toContain('id="root"');
    expect((await app.request('/assets/missing.js')).status).toBe(404);
    const api404 = await app.request('/v1/nothing');
    expect(api404.status).toBe(404);
    expect(api404.headers.get('content-type')).toBe('application/problem+json');
  });

  test('paths cannot leave the web folder', async () => {
    const { app } = appWith({ WIREDIFF_WEB_DIR: webDir });
    for (const path of ['/../wirediff-secret.txt', '/%2e%2e/wirediff-secret.txt', '/assets/..%2f..%2fwirediff-secret.txt']) {
      const response = await app.request(path);
      expect(await response.text()).not.toBe('secret');
    }
  });
});
