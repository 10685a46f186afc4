import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig, startServer } from '@wirediff/api';
import type { TestProject } from 'vitest/node';
import '../src/test-fixtures/provided-context.js';

/** The document limit of the test server, small so the oversize case stays small. */
export const SETUP_DOCUMENT_CHARS = 5000;

/** The keys the second test server (`apiUrlWithKeys`) accepts. */
export const SETUP_API_KEYS = ['web-test-key-one', 'web-test-key-two'];

// Runs in Node, outside happy-dom: the API's worker threads need Node's own URL class, which
// the test DOM replaces.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wirediff-web-api-'));
  const settings = {
    PORT: '0',
    WIREDIFF_WEB_DIR: 'none',
    WIREDIFF_WORKERS: '1',
    WIREDIFF_RATE_LIMIT_PER_MINUTE: '0',
    WIREDIFF_MAX_DOCUMENT_CHARS: String(SETUP_DOCUMENT_CHARS),
  };
  const server = await startServer(readConfig({ ...settings, WIREDIFF_DATA_DIR: join(dataDir, 'open') }));
  // A second server that needs a key, for the key prompt's tests.
  const keyed = await startServer(readConfig({ ...settings, WIREDIFF_DATA_DIR: join(dataDir, 'keyed'), WIREDIFF_API_KEYS: SETUP_API_KEYS.join(',') }));
  project.provide('apiUrl', server.url);
  project.provide('apiUrlWithKeys', keyed.url);
  project.provide('apiKeys', SETUP_API_KEYS);
  return async () => {
    await Promise.all([server.close(), keyed.close()]);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
