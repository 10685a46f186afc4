import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig, startServer } from '@wirediff/api';
import type { TestProject } from 'vitest/node';
import '../src/test-fixtures/provided-context.js';

/** The document limit of the test server, small so the oversize case stays small. */
export const SETUP_DOCUMENT_CHARS = 5000;

// Runs in Node, outside happy-dom: the API's worker threads need Node's own URL class, which
// the test DOM replaces.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wirediff-web-api-'));
  const server = await startServer(
    readConfig({
      PORT: '0',
      WIREDIFF_DATA_DIR: dataDir,
      WIREDIFF_WEB_DIR: 'none',
      WIREDIFF_WORKERS: '1',
      WIREDIFF_RATE_LIMIT_PER_MINUTE: '0',
      WIREDIFF_MAX_DOCUMENT_CHARS: String(SETUP_DOCUMENT_CHARS),
    }),
  );
  project.provide('apiUrl', server.url);
  return async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
