import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ENV_VARS, readConfig } from '../src/config.js';

describe('readConfig', () => {
  test('defaults', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 8787, host: '127.0.0.1', apiKeys: [], corsOrigins: [] });
    expect(config.dataDir).toMatch(/data$/);
    expect(config.workers).toBeGreaterThanOrEqual(1);
    expect(config.limits).toEqual({
      bodyBytes: 5 * 1024 * 1024,
      documentChars: 1_000_000,
      maxDocuments: 10,
      docxDecompressedBytes: 50 * 1024 * 1024,
      pdfPages: 200,
      compareTimeBudgetMs: 20_000,
      rateLimitPerMinute: 120,
    });
  });

  test('every variable is read', () => {
    const config = readConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      WIREDIFF_DATA_DIR: '/tmp/wd',
      WIREDIFF_API_KEYS: ' a , b ,,',
      WIREDIFF_CORS_ORIGINS: 'https://x.example',
      WIREDIFF_WEB_DIR: 'none',
      WIREDIFF_WORKERS: '3',
      WIREDIFF_MAX_BODY_BYTES: '2048',
      WIREDIFF_MAX_DOCUMENT_CHARS: '10',
      WIREDIFF_MAX_DOCUMENTS: '3',
      WIREDIFF_MAX_DOCX_BYTES: '4096',
      WIREDIFF_MAX_PDF_PAGES: '7',
      WIREDIFF_COMPARE_TIME_BUDGET_MS: '500',
      WIREDIFF_RATE_LIMIT_PER_MINUTE: '0',
    });
    expect(config).toEqual({
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/tmp/wd',
      apiKeys: ['a', 'b'],
      corsOrigins: ['https://x.example'],
      webDir: null,
      workers: 3,
      limits: { bodyBytes: 2048, documentChars: 10, maxDocuments: 3, docxDecompressedBytes: 4096, pdfPages: 7, compareTimeBudgetMs: 500, rateLimitPerMinute: 0 },
    });
  });

  test.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['WIREDIFF_MAX_DOCUMENTS', '11'],
    ['WIREDIFF_MAX_DOCUMENTS', '1'],
    ['WIREDIFF_MAX_BODY_BYTES', '1.5'],
    ['WIREDIFF_RATE_LIMIT_PER_MINUTE', '-1'],
  ])('%s=%s is refused with a message naming it', (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(new RegExp(`^${name} must be an integer`));
  });

  test('ENV_VARS documents every variable readConfig reads', () => {
    const names = ENV_VARS.map((v) => v.name);
    expect(names).toEqual(expect.arrayContaining(['PORT', 'HOST', 'WIREDIFF_DATA_DIR', 'WIREDIFF_API_KEYS', 'WIREDIFF_CORS_ORIGINS', 'WIREDIFF_WEB_DIR', 'WIREDIFF_WORKERS', 'WIREDIFF_MAX_BODY_BYTES', 'WIREDIFF_MAX_DOCUMENT_CHARS', 'WIREDIFF_MAX_DOCUMENTS', 'WIREDIFF_MAX_DOCX_BYTES', 'WIREDIFF_MAX_PDF_PAGES', 'WIREDIFF_COMPARE_TIME_BUDGET_MS', 'WIREDIFF_RATE_LIMIT_PER_MINUTE']));
    expect(names).toHaveLength(14);
    for (const v of ENV_VARS) expect(v.description.length).toBeGreaterThan(10);
  });

  test('the README documents every variable', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const v of ENV_VARS) expect(readme).toContain(`| \`${v.name}\` |`);
  });
});
