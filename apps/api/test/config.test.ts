import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { apiKeyId, archiveLocation, ENV_VARS, readConfig } from '../src/config.js';

describe('readConfig', () => {
  test('defaults', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 8787, host: '127.0.0.1', apiKeys: [], corsOrigins: [], trustedProxies: [], accessLog: { kind: 'off' } });
    expect(config.dataDir).toMatch(/data$/);
    expect(config.workers).toBeGreaterThanOrEqual(1);
    expect(config.limits).toEqual({
      bodyBytes: 5 * 1024 * 1024,
      documentChars: 1_000_000,
      feedBytes: 1024 ** 3,
      maxDocuments: 10,
      docxDecompressedBytes: 50 * 1024 * 1024,
      pdfPages: 200,
      compareTimeBudgetMs: 20_000,
      rateLimitPerMinute: 120,
      queueSeconds: 5,
    });
  });

  test('every variable is read', () => {
    const config = readConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      WIREDIFF_DATA_DIR: '/tmp/wd',
      WIREDIFF_API_KEYS: ' a , desk:b ,,',
      WIREDIFF_CORS_ORIGINS: 'https://x.example',
      WIREDIFF_WEB_DIR: 'none',
      WIREDIFF_WORKERS: '3',
      WIREDIFF_MAX_BODY_BYTES: '2048',
      WIREDIFF_MAX_DOCUMENT_CHARS: '10',
      WIREDIFF_MAX_FEED_BYTES: '4096',
      WIREDIFF_MAX_DOCUMENTS: '3',
      WIREDIFF_MAX_DOCX_BYTES: '4096',
      WIREDIFF_MAX_PDF_PAGES: '7',
      WIREDIFF_COMPARE_TIME_BUDGET_MS: '500',
      WIREDIFF_RATE_LIMIT_PER_MINUTE: '0',
      WIREDIFF_QUEUE_SECONDS: '2.5',
      WIREDIFF_TRUSTED_PROXIES: '10.0.0.0/8, ::1',
      WIREDIFF_ACCESS_LOG: '/tmp/wd/access.log',
    });
    expect(config).toEqual({
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/tmp/wd',
      archiveUrl: '/tmp/wd/archive.sqlite',
      apiKeys: [
        { id: apiKeyId('a'), key: 'a' },
        { id: 'desk', key: 'b' },
      ],
      corsOrigins: ['https://x.example'],
      webDir: null,
      workers: 3,
      trustedProxies: ['10.0.0.0/8', '::1'],
      accessLog: { kind: 'file', path: '/tmp/wd/access.log' },
      limits: { bodyBytes: 2048, documentChars: 10, feedBytes: 4096, maxDocuments: 3, docxDecompressedBytes: 4096, pdfPages: 7, compareTimeBudgetMs: 500, rateLimitPerMinute: 0, queueSeconds: 2.5 },
    });
  });

  test('the archive is WIREDIFF_DATABASE_URL when set, else archive.sqlite in the data folder', () => {
    expect(archiveLocation({ WIREDIFF_DATA_DIR: '/srv/wd' })).toBe('/srv/wd/archive.sqlite');
    expect(archiveLocation({ WIREDIFF_DATA_DIR: '/srv/wd', WIREDIFF_DATABASE_URL: ' postgres://db.example/wirediff ' })).toBe('postgres://db.example/wirediff');
    expect(readConfig({ WIREDIFF_DATABASE_URL: 'postgres://db.example/wirediff' }).archiveUrl).toBe('postgres://db.example/wirediff');
  });

  test.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['WIREDIFF_MAX_DOCUMENTS', '11'],
    ['WIREDIFF_MAX_DOCUMENTS', '1'],
    ['WIREDIFF_MAX_BODY_BYTES', '1.5'],
    ['WIREDIFF_RATE_LIMIT_PER_MINUTE', '-1'],
    ['WIREDIFF_QUEUE_SECONDS', '0'],
    ['WIREDIFF_QUEUE_SECONDS', 'soon'],
    ['WIREDIFF_TRUSTED_PROXIES', 'proxy.example'],
    ['WIREDIFF_TRUSTED_PROXIES', '10.0.0.0/33'],
    ['WIREDIFF_API_KEYS', 'desk:one,desk:two'],
  ])('%s=%s is refused with a message naming it', (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(new RegExp(`^${name} (must|names)`));
  });

  test('a key id is a name or a hash of the key, never the key', () => {
    const [bare, named] = readConfig({ WIREDIFF_API_KEYS: 's3cret-key,night-desk:other-key' }).apiKeys;
    expect(bare!.id).toMatch(/^key-[0-9a-f]{16}$/);
    expect(bare!.id).not.toContain('s3cret');
    expect(named!.id).toBe('night-desk');
    expect(readConfig({ WIREDIFF_API_KEYS: 's3cret-key' }).apiKeys[0]!.id).toBe(bare!.id);
  });

  test.each([
    ['off', { kind: 'off' }],
    ['-', { kind: 'stdout' }],
    ['stdout', { kind: 'stdout' }],
  ])('WIREDIFF_ACCESS_LOG=%s', (value, target) => {
    expect(readConfig({ WIREDIFF_ACCESS_LOG: value }).accessLog).toEqual(target);
  });

  test('ENV_VARS documents every variable readConfig reads', () => {
    const names = ENV_VARS.map((v) => v.name);
    expect(names).toEqual(expect.arrayContaining(['PORT', 'HOST', 'WIREDIFF_DATA_DIR', 'WIREDIFF_DATABASE_URL', 'WIREDIFF_API_KEYS', 'WIREDIFF_CORS_ORIGINS', 'WIREDIFF_WEB_DIR', 'WIREDIFF_WORKERS', 'WIREDIFF_MAX_BODY_BYTES', 'WIREDIFF_MAX_DOCUMENT_CHARS', 'WIREDIFF_MAX_DOCUMENTS', 'WIREDIFF_MAX_DOCX_BYTES', 'WIREDIFF_MAX_PDF_PAGES', 'WIREDIFF_COMPARE_TIME_BUDGET_MS', 'WIREDIFF_RATE_LIMIT_PER_MINUTE', 'WIREDIFF_QUEUE_SECONDS', 'WIREDIFF_TRUSTED_PROXIES', 'WIREDIFF_ACCESS_LOG']));
    expect(names).toHaveLength(18);
    for (const v of ENV_VARS) expect(v.description.length).toBeGreaterThan(10);
  });

  test('the README documents every variable', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const v of ENV_VARS) expect(readme).toContain(`| \`${v.name}\` |`);
  });
});
